// The matchers ours is measured against, on the same selectors and texts.
import search from 'approx-string-match';
import * as textQuote from 'dom-anchor-text-quote';
import type { Selector, TextRange } from '@/lib/anchoring';

type Quote = { exact: string; prefix: string; suffix: string };
const split = (selectors: Selector[]) => ({
  quote: selectors.find((selector) => selector.type === 'TextQuoteSelector') as Quote & { type: string },
  position: selectors.find((selector) => selector.type === 'TextPositionSelector') as { start: number; end: number },
});

/** dom-anchor-text-quote (diff-match-patch bitap), given the text as its "root". */
export function domAnchorTextQuote(text: string, selectors: Selector[]): TextRange | null {
  const { quote, position } = split(selectors);
  const found = textQuote.toTextPosition(
    { textContent: text } as unknown as Node,
    { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    { hint: position.start },
  );
  return found ? { start: found.start, end: found.end } : null;
}

/** Hypothesis' matchQuote (client/src/annotator/anchoring/match-quote.ts) over approx-string-match. */
export function hypothesisStyle(text: string, selectors: Selector[]): TextRange | null {
  const { quote, position } = split(selectors);
  if (quote.exact.length === 0) return null;
  const maxErrors = Math.min(256, quote.exact.length / 2);
  const matches = search(text, quote.exact, maxErrors);
  if (matches.length === 0) return null;
  const similarity = (a: string, b: string) => {
    if (a.length === 0 || b.length === 0) return 0;
    const found = search(a, b, b.length);
    return found.length === 0 ? 0 : 1 - Math.min(...found.map((match) => match.errors)) / b.length;
  };
  const scoreMatch = (match: { start: number; end: number; errors: number }) => {
    const quoteScore = 1 - match.errors / quote.exact.length;
    const prefixScore = quote.prefix
      ? similarity(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(match.end, match.end + quote.suffix.length), quote.suffix) : 1;
    const posScore = 1 - Math.abs(match.start - position.start) / text.length;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
  };
  const best = matches.map((match) => ({ match, score: scoreMatch(match) })).sort((a, b) => b.score - a.score)[0]!;
  return { start: best.match.start, end: best.match.end };
}
