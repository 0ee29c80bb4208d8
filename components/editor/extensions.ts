// The one extension list for every tiptap editor of a document: the text model has
// headings and paragraphs of plain text, so everything else is switched off — pasted lists,
// bold or links become plain paragraphs instead of content the plain-text projection would lose.
import StarterKit from '@tiptap/starter-kit';

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
];
