// lib/anchoring: DOM-free anchoring of annotations to plain text. Public surface:
// describe(text, start, end) → selectors, anchor(text, selectors) → range | null, and
// anchorAll(oldText, newText, selectorsList) → one range | null per selectors, when the previous
// text is at hand.
export { describe } from './describe';
export { anchor } from './anchor';
export { anchorAll } from './anchor-all';
export type { Selector, TextPositionSelector, TextQuoteSelector, TextRange } from './types';
