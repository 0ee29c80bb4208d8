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
      prefix: text.slice(contextStart(text, start), start),
      suffix: text.slice(end, contextEnd(text, end)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the prefix starts: CONTEXT_LENGTH units back, one less rather than half an emoji. */
function contextStart(text: string, start: number) {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  return from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1)) ? from + 1 : from;
}

/** Where the suffix ends: CONTEXT_LENGTH units on, one less rather than half an emoji. */
function contextEnd(text: string, end: number) {
  const to = Math.min(text.length, end + CONTEXT_LENGTH);
  return to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to)) ? to - 1 : to;
}

export function quoteOf(selectors: Selector | Selector[]) {
  return [selectors].flat().find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector') ?? null;
}

export function positionOf(selectors: Selector | Selector[]) {
  return [selectors].flat().find((selector): selector is TextPositionSelector => selector.type === 'TextPositionSelector') ?? null;
}
