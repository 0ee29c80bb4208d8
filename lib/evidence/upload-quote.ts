// Where a quote sits in an uploaded file's text: the words a person selected (offsets into the
// stored text), or a typed quote found in it as quotes are found in source captures.
import { findQuoteIn } from '@/lib/sources/find-quote';
import { foldText } from '@/lib/sources/fold-text';

export const MAX_QUOTE_CHARS = 5000;

export type PlacedQuote = { quote: string | null; start: number | null; end: number | null };

/**
 * With a selection (`start`/`end`), the quote is exactly those characters of `text` (an error
 * message when they are outside it, empty or too long); with a typed quote only, it is looked for
 * in the text (null offsets when it is not there, or when the file has no text).
 */
export function placeUploadQuote(
  text: string | null,
  { quote, start, end }: { quote: string | null; start?: number | null; end?: number | null },
): PlacedQuote | { error: string } {
  if (start != null && end != null) {
    if (text === null) return { error: 'This file has no text to select a quote in; type the quote instead.' };
    if (start < 0 || end > text.length || end <= start) return { error: 'The selected quote is not in this file’s text. Select it again.' };
    const selected = text.slice(start, end);
    if (!selected.trim()) return { error: 'Select some words of the file’s text as the quote.' };
    if (selected.length > MAX_QUOTE_CHARS) return { error: 'Keep the quote under 5,000 characters.' };
    return { quote: selected, start, end };
  }
  if (!quote || text === null) return { quote, start: null, end: null };
  const range = findQuoteIn(foldText(text), quote);
  return { quote, start: range?.start ?? null, end: range?.end ?? null };
}
