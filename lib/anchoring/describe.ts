import type { Selector, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Characters of context kept on each side of a quote. 48 rather than the usual 32: in reports
 * full of near-identical sentences the extra words tell look-alikes apart (measured in
 * `npm run bench:anchoring`: fewer orphans and fewer wrong placements than 32, 40, 56 or 64).
 */
export const CONTEXT_LENGTH = 48;

/** The selectors that find `text.slice(start, end)` again: its quote with context, and its offsets. */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe the range ${start}–${end} of a text of length ${text.length}.`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

export function quoteOf(selectors: Selector | Selector[]) {
  return [selectors].flat().find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector') ?? null;
}

export function positionOf(selectors: Selector | Selector[]) {
  return [selectors].flat().find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector') ?? null;
}
