// Where a quote might be now: exact occurrences (with or without some of its context),
// approximate ones (Myers' bit-parallel search), and the stretch between its surviving prefix
// and suffix when the quote itself was partly rewritten.
import { approximateSearch } from './approximate-search';
import { editDistance } from './similarity';
import type { TextRange } from './types';

export type Candidate = { start: number; end: number; errors: number; bracketed?: boolean };

/** Offsets of every occurrence of `needle`, up to `limit` of them. */
export function occurrences(text: string, needle: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Exact occurrences of the quote that keep at least `contextLength` characters of prefix or suffix. */
export function contextualCandidates(text: string, exact: string, prefix: string, suffix: string, contextLength: number): Candidate[] {
  const before = prefix.slice(-contextLength);
  const after = suffix.slice(0, contextLength);
  const starts = new Set<number>();
  if (before) for (const at of occurrences(text, before + exact, 1000)) starts.add(at + before.length);
  if (after) for (const at of occurrences(text, exact + after, 1000)) starts.add(at);
  return [...starts].map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

export function exactCandidates(text: string, exact: string, limit: number): Candidate[] {
  return occurrences(text, exact, limit).map((start) => ({ start, end: start + exact.length, errors: 0 }));
}

/**
 * Approximate matches worked out at most, per search. More equally good places than this (a
 * repetitive text: "aaaa…") cannot be told apart: no candidate rather than minutes of work.
 */
export const MAX_APPROXIMATE_MATCHES = 1000;

/** Approximate occurrences within `window`; the best match of each overlapping cluster. */
export function fuzzyCandidates(text: string, exact: string, maxErrors: number, window: TextRange): Candidate[] {
  if (maxErrors < 1) return [];
  const slice = text.slice(window.start, window.end);
  const matches = (approximateSearch(slice, exact, maxErrors, MAX_APPROXIMATE_MATCHES) ?? []).sort(
    (a, b) => a.errors - b.errors || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const match of matches) {
    const candidate = { start: window.start + match.start, end: window.start + match.end, errors: match.errors };
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
    if (kept.length >= 200) break;
  }
  return kept;
}

/**
 * The quote was partly rewritten but its context survived: the text between a close match of
 * the prefix and the nearest close match of the suffix after it, when about as long as the quote.
 */
export function bracketedCandidates(text: string, exact: string, prefix: string, suffix: string, window: TextRange): Candidate[] {
  if (prefix.length < 16 || suffix.length < 16) return [];
  const slice = text.slice(window.start, window.end);
  const tolerance = (context: string) => Math.floor(context.length / 8);
  const search = (context: string) => approximateSearch(slice, context, tolerance(context), MAX_APPROXIMATE_MATCHES) ?? [];
  const ends = [...new Set(search(prefix).map((match) => match.end))].sort((a, b) => a - b);
  const starts = [...new Set(search(suffix).map((match) => match.start))].sort((a, b) => a - b);
  const found: Candidate[] = [];
  let next = 0;
  for (const end of ends) {
    while (next < starts.length && starts[next]! <= end) next++;
    const start = starts[next];
    if (start === undefined) break;
    const length = start - end;
    if (length < exact.length / 2 || length > exact.length * 2 + 16) continue;
    const stretch = slice.slice(end, start);
    found.push({ start: window.start + end, end: window.start + start, errors: editDistance(stretch, exact), bracketed: true });
    if (found.length >= 50) break;
  }
  return found;
}
