// lib/anchoring: DOM-free anchoring of annotations to plain text. Public surface:
// describe(text, start, end) → selectors, and anchor(text, selectors) → range | null.
export { describe } from './describe';
export { anchor } from './anchor';
export type { Selector, TextPositionSelector, TextQuoteSelector, TextRange } from './types';
