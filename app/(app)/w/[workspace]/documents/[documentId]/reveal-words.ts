import { ANNOTATION_PANEL_ID } from './annotation-panel';

const MARGIN = 16;

/**
 * Scrolls the page so that an annotation's words show in the part of the window the claim view
 * leaves free: above it when it is a bottom sheet, anywhere in the window when it is beside the
 * text. Words already in view stay where they are.
 */
export function revealWords(words: HTMLElement | null, behavior: ScrollBehavior = 'auto') {
  if (!words) return;
  const view = document.getElementById(ANNOTATION_PANEL_ID);
  const box = view?.getBoundingClientRect();
  // the bottom sheet spans the window's width; beside the text, the view is to the right of the words
  const isSheet = !!box && box.left < 1 && box.top > 0;
  const bottom = isSheet ? box.top : window.innerHeight;
  const rect = words.getBoundingClientRect();
  if (rect.top >= MARGIN && rect.bottom <= bottom - MARGIN) return;
  window.scrollBy({ top: rect.top - Math.max(MARGIN, (bottom - rect.height) / 2), behavior });
}
