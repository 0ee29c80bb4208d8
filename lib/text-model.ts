// One text model: a version's plain text is its blocks' texts joined by "\n\n".
// Every offset stored by Margin points into that projection.
import { createHash } from 'node:crypto';

type JsonScalar = string | number | boolean | null;

export type BlockType = 'heading' | 'paragraph';
export type Block = { type: BlockType; text: string };

export type TiptapText = { type: 'text'; text: string; marks?: { type: string; attrs?: Record<string, JsonScalar> }[] };
export type TiptapBlock = {
  type: BlockType;
  attrs?: Record<string, JsonScalar>;
  content?: (TiptapText | { type: 'hardBreak' })[];
};
export type TiptapDoc = { type: 'doc'; content: TiptapBlock[] };

export const BLOCK_SEPARATOR = '\n\n';

export function blocksToDoc(blocks: Block[]): TiptapDoc {
  return {
    type: 'doc',
    content: blocks.map((block) => ({
      type: block.type,
      ...(block.type === 'heading' ? { attrs: { level: 2 } } : {}),
      ...(block.text ? { content: [{ type: 'text' as const, text: block.text }] } : {}),
    })),
  };
}

export function blockText(block: TiptapBlock): string {
  return (block.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

export function docToBlocks(doc: TiptapDoc): Block[] {
  return doc.content.map((block) => ({ type: block.type, text: blockText(block) }));
}

export function projectPlainText(doc: TiptapDoc): string {
  return doc.content.map(blockText).join(BLOCK_SEPARATOR);
}

export function contentHash(plainText: string): string {
  return createHash('sha256').update(plainText, 'utf8').digest('hex');
}

// ProseMirror positions ⇄ plain-text offsets. A block node is its text plus an opening and a
// closing token (size = length + 2), exactly as long as its text plus the "\n\n" separator, so
// a character at plain-text offset o sits at document position o + 1, in every block.
export const offsetToPosition = (offset: number) => offset + 1;
export const positionToOffset = (position: number) => Math.max(0, position - 1);
