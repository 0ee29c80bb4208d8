// @vitest-environment jsdom
// The text read with a caret: a real tiptap editor, contenteditable, whose text no keystroke,
// paste or command can change while it is locked — and which still selects, and still takes a
// new version the page puts in.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksToDoc, offsetToPosition, projectPlainText, type TiptapDoc } from '@/lib/text-model';
import { documentExtensions } from './extensions';
import { isLocked, ReadOnlyText, REPLACE_TEXT, setLocked } from './read-only-text';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions.';
const ARABIC = 'شحنت كوريا الشمالية أكثر من 16500 حاوية من الذخائر.';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function editorOf(texts: string[]) {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [...documentExtensions, ReadOnlyText],
    content: blocksToDoc(texts.map((text) => ({ type: 'paragraph' as const, text }))),
    editable: true,
    textDirection: 'auto',
  });
  return editor;
}
const plainText = (target: Editor) => projectPlainText(target.getJSON() as TiptapDoc);

describe('read-only text with a caret', () => {
  it('is a focusable, contenteditable text told as read-only', () => {
    const target = editorOf([TEXT]);
    const root = target.view.dom;
    expect(root.getAttribute('contenteditable')).toBe('true');
    expect(root.getAttribute('tabindex')).toBe('0');
    expect(root.getAttribute('aria-readonly')).toBe('true');
    expect(root.getAttribute('role')).toBe('textbox');
    expect(isLocked(target.state)).toBe(true);
  });

  it('refuses every change of the text while locked: typing, deleting, splitting, pasting', () => {
    const target = editorOf([TEXT]);
    target.commands.setTextSelection({ from: offsetToPosition(0), to: offsetToPosition(5) });
    expect(target.commands.insertContent('South')).toBe(true); // the command ran, its transaction was refused
    target.commands.deleteSelection();
    target.commands.splitBlock();
    target.view.dispatch(target.state.tr.insertText('x', offsetToPosition(3)));
    expect(plainText(target)).toBe(TEXT);
    // A paste event reaches ProseMirror's own handler, whose transaction is refused too.
    const paste = () => {
      const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'pasted', types: ['text/plain'], files: [] } });
      target.view.dom.dispatchEvent(event);
    };
    paste();
    expect(plainText(target)).toBe(TEXT);
    // The same paste, unlocked, does change it: the refusal above is the lock's.
    target.view.dispatch(setLocked(target.state, false));
    paste();
    expect(plainText(target)).toBe(TEXT.replace('North', 'pasted'));
  });

  it('cancels the browser’s own editing (beforeinput) while locked, and lets it through while unlocked', () => {
    const target = editorOf([TEXT]);
    const typed = () => {
      const event = new InputEvent('beforeinput', { inputType: 'insertText', data: 'x', bubbles: true, cancelable: true });
      target.view.dom.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(typed()).toBe(true);
    target.view.dispatch(setLocked(target.state, false));
    expect(typed()).toBe(false);
  });

  it('still moves and extends the selection (the caret and Shift+arrows)', () => {
    const target = editorOf([TEXT]);
    target.commands.setTextSelection(offsetToPosition(6));
    expect(target.state.selection.from).toBe(offsetToPosition(6));
    target.commands.setTextSelection({ from: offsetToPosition(6), to: offsetToPosition(11) });
    expect(target.state.doc.textBetween(target.state.selection.from, target.state.selection.to)).toBe('Korea');
  });

  it('takes a whole new text from the page (a newer version) when the transaction says so', () => {
    const target = editorOf([TEXT]);
    target.commands.setContent(blocksToDoc([{ type: 'paragraph', text: 'refused' }]));
    expect(plainText(target)).toBe(TEXT);
    target
      .chain()
      .setMeta(REPLACE_TEXT, true)
      .setContent(blocksToDoc([{ type: 'paragraph', text: 'Version 2.' }]))
      .run();
    expect(plainText(target)).toBe('Version 2.');
    expect(isLocked(target.state)).toBe(true);
  });

  it('is edited normally once unlocked, and refuses changes again once locked', () => {
    const target = editorOf([TEXT]);
    target.view.dispatch(setLocked(target.state, false));
    expect(target.view.dom.getAttribute('aria-readonly')).toBeNull();
    target.commands.insertContentAt(offsetToPosition(0), 'Reportedly, ');
    expect(plainText(target)).toBe(`Reportedly, ${TEXT}`);
    target.view.dispatch(setLocked(target.state, true));
    target.commands.insertContentAt(offsetToPosition(0), 'No: ');
    expect(plainText(target)).toBe(`Reportedly, ${TEXT}`);
    expect(target.view.dom.getAttribute('aria-readonly')).toBe('true');
  });

  it('gives every block dir="auto" without changing the text or its offsets', () => {
    const target = editorOf([TEXT, ARABIC]);
    const blocks = [...target.view.dom.querySelectorAll('p')];
    expect(blocks.map((block) => block.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(plainText(target)).toBe(`${TEXT}\n\n${ARABIC}`);
    // The Arabic block's words sit where the plain-text offsets say, as in any other block.
    const start = TEXT.length + 2 + ARABIC.indexOf('كوريا');
    expect(target.state.doc.textBetween(offsetToPosition(start), offsetToPosition(start + 'كوريا'.length))).toBe('كوريا');
  });
});
