'use client';

import { TextSelection as PmTextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { positionToOffset } from '@/lib/text-model';

export type TextSelection = { start: number; end: number; quote: string; at: { top: number; left: number } };

/**
 * The words selected in the (read-only) editor, as plain-text offsets, and where to show a
 * popover above them (relative to `container`); null when nothing (or only white space) is selected.
 */
/**
 * Makes the editor's own selection the one the browser shows. ProseMirror learns of a Shift+arrow
 * from a later selectionchange event, which a loaded browser may deliver after the next key: once
 * the focus has moved to the popover it is ignored, and focusing the text again would put back a
 * selection one key behind.
 */
export function syncSelectionFromDom(editor: Editor) {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !editor.view.dom.contains(dom.anchorNode) || !editor.view.dom.contains(dom.focusNode)) return;
  const anchor = editor.view.posAtDOM(dom.anchorNode!, dom.anchorOffset);
  const head = editor.view.posAtDOM(dom.focusNode!, dom.focusOffset);
  const { selection } = editor.state;
  if (selection.anchor !== anchor || selection.head !== head) {
    editor.view.dispatch(editor.state.tr.setSelection(PmTextSelection.create(editor.state.doc, anchor, head)));
  }
}

export function readTextSelection(editor: Editor, container: HTMLElement): TextSelection | null {
  const dom = window.getSelection();
  if (!dom || dom.isCollapsed || dom.rangeCount === 0 || !editor.view.dom.contains(dom.anchorNode)) return null;
  const range = dom.getRangeAt(0);
  const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
  const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
  const text = editor.state.doc.textBetween(from, to, '\n\n');
  if (!text.trim()) return null;
  const rect = range.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  return {
    start: positionToOffset(from),
    end: positionToOffset(to),
    quote: text,
    at: { top: rect.top - box.top, left: rect.left - box.left + rect.width / 2 },
  };
}

/** The keys that move the caret, or with Shift change the selection. */
const MOVES_CARET = /^(?:Arrow(?:Left|Right|Up|Down)|Home|End|Page(?:Up|Down))$/;

/**
 * Tells `onSelect` the words the reader selected with the mouse (the popover opens over them),
 * and null when the selection collapses. From the keyboard, selecting (Shift+arrows) opens
 * nothing by itself — the annotator's A key does — but while the popover is `open` it follows
 * the selection as the keys extend or shrink it.
 */
export function useTextSelection(
  editor: Editor | null,
  container: HTMLElement | null,
  enabled: boolean,
  open: boolean,
  onSelect: (selection: TextSelection | null) => void,
) {
  useEffect(() => {
    if (!editor || !container || !enabled) return;
    const read = () => onSelect(readTextSelection(editor, container));
    // Only selecting in the text changes the selection: clicks in the popover or the sidebar
    // (which move the focus, and so the browser's selection) must not close the popover.
    const inText = (event: Event) => event.target instanceof Node && editor.view.dom.contains(event.target);
    const onMouseUp = (event: MouseEvent) => inText(event) && setTimeout(read, 0);
    const onKeyUp = (event: KeyboardEvent) => {
      if (!inText(event) || !MOVES_CARET.test(event.key)) return;
      const next = readTextSelection(editor, container);
      if (!next || open) onSelect(next);
    };
    container.addEventListener('mouseup', onMouseUp);
    container.addEventListener('keyup', onKeyUp);
    return () => {
      container.removeEventListener('mouseup', onMouseUp);
      container.removeEventListener('keyup', onKeyUp);
    };
  }, [editor, container, enabled, open, onSelect]);
}
