// An editor state of the document schema without a view, for tests of the editor's plugins and
// mappings: the text is given as plain text (blocks joined by a blank line, as Margin stores it).
import { getSchema } from '@tiptap/core';
import { EditorState, type Plugin } from '@tiptap/pm/state';
import { documentExtensions } from '@/components/editor/extensions';
import { BLOCK_SEPARATOR, blocksToDoc, type Block } from '@/lib/text-model';

export const documentSchema = getSchema(documentExtensions);

export function editorStateOf(plainText: string, plugins: Plugin[] = []) {
  return editorStateOfBlocks(
    plainText.split(BLOCK_SEPARATOR).map((text) => ({ type: 'paragraph' as const, text })),
    plugins,
  );
}

/** The same, from blocks of any kind. */
export function editorStateOfBlocks(blocks: Block[], plugins: Plugin[] = []) {
  return EditorState.create({ doc: documentSchema.nodeFromJSON(blocksToDoc(blocks)), plugins });
}

/** The plain-text offsets of the first `words` in `text` (after `after`, when given). */
export function offsetsOf(text: string, words: string, after = '') {
  const start = text.indexOf(after + words);
  if (start < 0) throw new Error(`“${after + words}” is not in the text`);
  return { start: start + after.length, end: start + after.length + words.length };
}
