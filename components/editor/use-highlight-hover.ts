'use client';

import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { positionToOffset } from '@/lib/text-model';
import { annotationsAt } from './annotation-highlights';

/** The annotations covering one spot of the text, and the line box of that spot on screen. */
export type HighlightSpot = { ids: string[]; rect: DOMRect };

const highlightOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-annotation-id]') : null;

/**
 * What a highlight element covers: every annotation at its first character (inside the
 * innermost highlight element the set of covering annotations does not change), and the
 * line box nearest to `clientY` (a highlight may wrap over lines).
 */
export function spotOf(editor: Editor, highlight: HTMLElement, clientY?: number): HighlightSpot | null {
  const text = document.createTreeWalker(highlight, NodeFilter.SHOW_TEXT).nextNode();
  if (!text) return null;
  const ids = annotationsAt(editor.state, positionToOffset(editor.view.posAtDOM(text, 0)));
  const rects = [...highlight.getClientRects()];
  const rect =
    (clientY === undefined ? rects[0] : rects.find((line) => clientY >= line.top && clientY <= line.bottom)) ??
    highlight.getBoundingClientRect();
  return ids.length ? { ids, rect } : null;
}

/** Calls `onSpot` with what is under the pointer on a highlight, and with null when it leaves them. */
export function useHighlightHover(editor: Editor | null, enabled: boolean, onSpot: (spot: HighlightSpot | null) => void) {
  useEffect(() => {
    if (!editor || !enabled) return;
    const root = editor.view.dom;
    const onOver = (event: MouseEvent) => {
      const highlight = highlightOf(event.target);
      if (highlight && root.contains(highlight)) onSpot(spotOf(editor, highlight, event.clientY));
    };
    const onOut = (event: MouseEvent) => {
      if (!highlightOf(event.relatedTarget)) onSpot(null);
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseout', onOut);
    return () => {
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseout', onOut);
    };
  }, [editor, enabled, onSpot]);
}
