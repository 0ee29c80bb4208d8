// The document text is read with a caret: the editor stays contenteditable (so it is a tab stop,
// shows a caret, and Shift+arrows select, as in any text field) but, while it is locked, every
// transaction that would change the text is refused and the browser's own editing is cancelled.
// A reader can move through the text and select words from the keyboard; only "Edit text"
// unlocks it. Replacing the whole text (a newer version arrived, an edit was cancelled) is the
// page's own doing: such a transaction carries the REPLACE_TEXT meta and passes.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

export const readOnlyKey = new PluginKey<boolean>('readOnlyText');
/** Meta of a transaction the page makes to replace the locked text (not a reader's keystroke). */
export const REPLACE_TEXT = 'margin:replaceText';

export const isLocked = (state: EditorState) => readOnlyKey.getState(state) === true;

/** Whether `tr` may apply to `state`: anything but a change of the text, while the text is locked. */
export function allowedWhileLocked(tr: Transaction, state: EditorState): boolean {
  return !tr.docChanged || !isLocked(state) || tr.getMeta(REPLACE_TEXT) === true;
}

/** A transaction that locks (true) or unlocks (false) the text. */
export const setLocked = (state: EditorState, locked: boolean) => state.tr.setMeta(readOnlyKey, locked).setMeta('addToHistory', false);

export const ReadOnlyText = Extension.create<{ locked: boolean }>({
  name: 'readOnlyText',
  addOptions: () => ({ locked: true }),
  addProseMirrorPlugins() {
    const initial = this.options.locked;
    return [
      new Plugin<boolean>({
        key: readOnlyKey,
        state: {
          init: () => initial,
          apply: (tr, locked) => (tr.getMeta(readOnlyKey) as boolean | undefined) ?? locked,
        },
        filterTransaction: allowedWhileLocked,
        props: {
          // Typing, deleting, pasting, dictation, spelling corrections: cancelled before the browser changes the page.
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (!isLocked(view.state)) return false;
              event.preventDefault();
              return true;
            },
          },
          // Told as read-only text to assistive technology; no on-screen keyboard on touch screens.
          attributes: (state): Record<string, string> =>
            isLocked(state)
              ? { 'aria-readonly': 'true', 'aria-multiline': 'true', inputmode: 'none', spellcheck: 'false' }
              : { 'aria-multiline': 'true' },
        },
      }),
    ];
  },
});
