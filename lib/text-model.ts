// One text model: a version's plain text is its blocks' texts joined by "\n\n".
// Every offset stored by Margin points into that projection. A block's kind (heading, list item,
// quote…) is extra data beside its text: it changes how the block is shown, never the offsets.

type JsonScalar = string | number | boolean | null;

export const BLOCK_TYPES = ['heading', 'paragraph', 'listItem', 'blockquote', 'caption', 'tableRow'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
/** A list item's place: in an ordered list (with its number) or not, and how deeply nested (0 = top level). */
export type ListPlace = { ordered: boolean; depth: number; number: number | null };
/** `list` is set on list items only. */
export type Block = { type: BlockType; text: string; list?: ListPlace };

export type TiptapText = { type: 'text'; text: string; marks?: { type: string; attrs?: Record<string, JsonScalar> }[] };
export type TiptapBlock = {
  type: string;
  attrs?: Record<string, JsonScalar>;
  content?: (TiptapText | { type: 'hardBreak' })[];
};
export type TiptapDoc = { type: 'doc'; content: TiptapBlock[] };

export const BLOCK_SEPARATOR = '\n\n';
/** Between the cells of a table row: readable in quotes and exports, and kept by whitespace clean-up. */
export const CELL_SEPARATOR = ' | ';
export const MAX_LIST_DEPTH = 8;

const isBlockType = (type: string): type is BlockType => (BLOCK_TYPES as readonly string[]).includes(type);

/** A list place from stored attributes, whatever they hold: missing or odd values fall back to a top-level bullet. */
export function readListPlace(attrs: Record<string, unknown> | undefined): ListPlace {
  const depth = Number(attrs?.depth);
  const number = Number(attrs?.number);
  return {
    ordered: attrs?.ordered === true,
    depth: Number.isInteger(depth) ? Math.min(Math.max(depth, 0), MAX_LIST_DEPTH) : 0,
    number: attrs?.ordered === true && Number.isInteger(number) && number >= 0 ? number : null,
  };
}

function blockAttrs(block: Block): Record<string, JsonScalar> | undefined {
  if (block.type === 'heading') return { level: 2 };
  if (block.type === 'listItem') return { ...readListPlace(block.list) };
  return undefined;
}

export function blocksToDoc(blocks: Block[]): TiptapDoc {
  return {
    type: 'doc',
    content: blocks.map((block) => {
      const attrs = blockAttrs(block);
      return {
        type: block.type,
        ...(attrs ? { attrs } : {}),
        ...(block.text ? { content: [{ type: 'text' as const, text: block.text }] } : {}),
      };
    }),
  };
}

export function blockText(block: TiptapBlock): string {
  return (block.content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

/** A stored block's kind: versions saved before kinds existed (or with an unknown one) read as paragraphs. */
export function blockOf(block: TiptapBlock): Block {
  const type = isBlockType(block.type) ? block.type : 'paragraph';
  const text = blockText(block);
  return type === 'listItem' ? { type, text, list: readListPlace(block.attrs) } : { type, text };
}

export function docToBlocks(doc: TiptapDoc): Block[] {
  return doc.content.map(blockOf);
}

export function projectPlainText(doc: TiptapDoc): string {
  return doc.content.map(blockText).join(BLOCK_SEPARATOR);
}

/** What a list item shows before its text: its number in an ordered list, else a bullet by depth. */
export function listMarker(place: ListPlace): string {
  if (place.ordered) return `${place.number ?? 1}.`;
  return ['•', '◦', '▪'][place.depth % 3]!;
}

// ProseMirror positions ⇄ plain-text offsets. Every block, whatever its kind, is one top-level
// text node (never wrapped in a list or a table node): its text plus an opening and a closing
// token (size = length + 2), exactly as long as its text plus the "\n\n" separator, so a
// character at plain-text offset o sits at document position o + 1, in every block.
export const offsetToPosition = (offset: number) => offset + 1;
export const positionToOffset = (position: number) => Math.max(0, position - 1);
