// Finds the passage a checker quoted in the text Margin captured from the source. People copy
// quotes with other spaces, curly or straight quotation marks, other dashes, other case, and
// cut them with an ellipsis; none of that should make a quote "not found". A quote that was
// reworded is looked for approximately with lib/anchoring, which refuses to guess.
import { anchor } from '@/lib/anchoring';
import { foldText, originalRange, type FoldedText } from './fold-text';

export type FoundQuote = { start: number; end: number; approximate: boolean };

/** Gaps an ellipsis may stand for, at most. */
const MAX_ELLIPSIS_GAP = 2000;
const MAX_TRIES = 200;
// The spaces around an ellipsis are trimmed off the pieces, not matched: `\s*` before it would
// rescan a long run of spaces from each of them.
const ELLIPSIS = /\[\s*(?:\.\s*){3}\]|\[…\]|(?:\.\s*){3}|…/;

/** The quote as it will be searched for: folded, trimmed, without the quotation marks around it. */
function prepareQuote(quote: string): string {
  let folded = foldText(quote).text.trim();
  const marks = /^(["'])(.*)\1$/s.exec(folded);
  if (marks) folded = marks[2]!.trim();
  return folded;
}

function occurrencesOf(text: string, needle: string, from = 0, limit = MAX_TRIES): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** A quote cut by ellipses: its pieces in order, each close after the one before. */
function findPieces(folded: FoldedText, pieces: string[]): { start: number; end: number } | null {
  const [first, ...rest] = pieces;
  for (const start of occurrencesOf(folded.text, first!)) {
    let end = start + first!.length;
    const fits = rest.every((piece) => {
      const next = folded.text.indexOf(piece, end);
      if (next === -1 || next - end > MAX_ELLIPSIS_GAP) return false;
      end = next + piece.length;
      return true;
    });
    if (fits) return { start, end };
  }
  return null;
}

/** Where `quote` is in `text` (offsets into `text`), or null when it is not there. */
export function findQuote(text: string, quote: string): FoundQuote | null {
  return text ? findQuoteIn(foldText(text), quote) : null;
}

/** The same, in a text folded once for several quotes (foldText). */
export function findQuoteIn(folded: FoldedText, quote: string): FoundQuote | null {
  const needle = prepareQuote(quote);
  if (!needle || !folded.text) return null;
  const pieces = needle
    .split(ELLIPSIS)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0) return null;
  const exact =
    pieces.length === 1
      ? occurrencesOf(folded.text, needle, 0, 1).map((at) => ({ start: at, end: at + needle.length }))[0]
      : findPieces(folded, pieces);
  if (exact) return { ...originalRange(folded, exact.start, exact.end), approximate: false };
  if (pieces.length > 1) return null;
  // Reworded a little (a typo, a word changed): lib/anchoring's approximate search, with no
  // context to lean on, accepts only a long quote changed by at most a quarter, digits intact.
  const near = anchor(folded.text, { type: 'TextQuoteSelector', exact: needle, prefix: '', suffix: '' });
  return near ? { ...originalRange(folded, near.start, near.end), approximate: true } : null;
}
