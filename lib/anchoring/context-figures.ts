// Near-duplicate sentences ("In 2004, the ministry reported 1,035 new contracts…") differ only in
// their figures, so a context that is 90% alike may still be another sentence's. The figures
// beside a place tell the sentence apart: does any of them agree with the stored context's?
import type { TextQuoteSelector, TextRange } from './types';

const PARAGRAPH_BREAK = '\n\n';

/**
 * Figures (runs of digits, with the separators inside them: "1,035", "3.5") of a context, within
 * the quote's own paragraph (what lies past a blank line may have moved without it), leaving out
 * one cut by the context's outer end.
 */
function wholeFigures(context: string, side: 'before' | 'after'): { figures: Set<string>; ownParagraph: boolean } {
  const cut = side === 'before' ? context.lastIndexOf(PARAGRAPH_BREAK) : context.indexOf(PARAGRAPH_BREAK);
  const own = cut === -1 ? context : side === 'before' ? context.slice(cut + PARAGRAPH_BREAK.length) : context.slice(0, cut);
  const figures = new Set<string>();
  for (const match of own.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const isCut = side === 'before' ? match.index === 0 && cut === -1 : match.index + match[0].length === own.length && cut === -1;
    if (!isCut) figures.add(match[0]);
  }
  return { figures, ownParagraph: cut === -1 };
}

type Figures = ReturnType<typeof wholeFigures>;

/**
 * Another figure is another sentence's, and so is a paragraph's end where the stored context went
 * on to a figure; no figure in a context of the same paragraph (one replaced by a word) tells nothing.
 */
function agree(stored: Figures, found: Figures): boolean | null {
  if (stored.figures.size === 0) return null;
  if (found.figures.size === 0) return found.ownParagraph ? null : false;
  return [...found.figures].some((figure) => stored.figures.has(figure));
}

/**
 * For each side of `place` in `text`: true when a figure beside it is one of the stored context's,
 * false when none is, null when there is nothing to compare.
 */
export function contextFiguresAgree(
  text: string,
  place: TextRange,
  quote: TextQuoteSelector,
): { before: boolean | null; after: boolean | null } {
  const before = text.slice(Math.max(0, place.start - quote.prefix.length), place.start);
  const after = text.slice(place.end, place.end + quote.suffix.length);
  return {
    before: agree(wholeFigures(quote.prefix, 'before'), wholeFigures(before, 'before')),
    after: agree(wholeFigures(quote.suffix, 'after'), wholeFigures(after, 'after')),
  };
}
