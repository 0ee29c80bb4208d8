// The one extension list for every tiptap editor of a document: the text model has flat blocks
// of plain text (headings, paragraphs, list items, quotes, captions, table rows), so everything
// else is switched off — StarterKit's nested lists and quotes, bold or links — and pasted content
// becomes plain blocks instead of content the plain-text projection would lose.
import StarterKit from '@tiptap/starter-kit';
import { blockNodes } from './block-nodes';

export const documentExtensions = [
  StarterKit.configure({
    heading: { levels: [2] },
    blockquote: false,
    bold: false,
    bulletList: false,
    code: false,
    codeBlock: false,
    hardBreak: false,
    horizontalRule: false,
    italic: false,
    link: false,
    listItem: false,
    listKeymap: false,
    orderedList: false,
    strike: false,
    underline: false,
  }),
  ...blockNodes,
];
