// Re-anchoring with the previous text at hand (a re-import, the API, a W3C import): each
// passage's place in the old text is carried through a document-level diff to the new text, and
// the place found there is checked against its words; `anchor` alone remains the fallback for
// passages the diff loses (rewritten, or moved and edited).
import { anchor } from './anchor';
import { positionOf, quoteOf } from './describe';
import { similarity } from './similarity';
import { mapText, type TextMap } from './text-map';
import type { Selector, TextRange } from './types';

/** Below this likeness to its old words, a place carried by the diff is searched for instead. */
const MIN_CARRIED_LIKENESS = 0.5;

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const digitsOf = (value: string) => value.replace(/\D/g, '');

/** Where the passage sat in the old text: its stored offsets when they still hold its words. */
function oldPlace(oldText: string, selectors: Selector[]): TextRange | null {
  const quote = quoteOf(selectors);
  const position = positionOf(selectors);
  if (position && (!quote || oldText.slice(position.start, position.end) === quote.exact)) {
    const fits = position.start >= 0 && position.end <= oldText.length && position.start < position.end;
    return fits ? { start: position.start, end: position.end } : null;
  }
  return anchor(oldText, selectors);
}

/** A carried span never starts or ends inside a neighbouring word, nor on spaces. */
function tidyEdges(text: string, start: number, end: number, old: { startsWord: boolean; endsWord: boolean }): TextRange | null {
  if (old.startsWord) while (start < end && isWordChar(text[start - 1]) && isWordChar(text[start])) start++;
  if (old.endsWord) while (end > start && isWordChar(text[end]) && isWordChar(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

function carry(map: TextMap, oldText: string, newText: string, place: TextRange): TextRange | null {
  const start = map.place(place.start, 'forward');
  const last = map.place(place.end - 1, 'backward');
  if (start === null || last === null || last < start) return null;
  return tidyEdges(newText, start, last + 1, {
    startsWord: !isWordChar(oldText[place.start - 1]) || !isWordChar(oldText[place.start]),
    endsWord: !isWordChar(oldText[place.end]) || !isWordChar(oldText[place.end - 1]),
  });
}

/** A passage that lost words at its edges keeps its place if this share of it survives. */
const MIN_SURVIVING_SHARE = 0.3;
/** Characters at each edge that must be intact for a span grown in the middle to be trusted. */
const EDGE = 12;

/**
 * Is the carried place believable: still looking like its words with its figures unchanged, or
 * both its edges intact (sentences inserted in the middle of a passage belong to it)?
 */
function holds(newText: string, carried: TextRange, exact: string): boolean {
  const words = newText.slice(carried.start, carried.end);
  if (words === exact) return true;
  const edge = Math.min(EDGE, Math.floor(exact.length / 2));
  const edgesIntact = edge >= 4 && words.startsWith(exact.slice(0, edge)) && words.endsWith(exact.slice(-edge));
  if (edgesIntact && words.length >= exact.length) return true;
  // Words at its edges were deleted: what survives of it, if enough does.
  if (words.length >= Math.max(4, exact.length * MIN_SURVIVING_SHARE) && exact.includes(words)) return true;
  return digitsOf(words) === digitsOf(exact) && similarity(words, exact) >= MIN_CARRIED_LIKENESS;
}

/** The selectors with their position moved to where the diff suggests: a better hint for `anchor`. */
function hinted(selectors: Selector[], hint: number | null): Selector[] {
  if (hint === null) return selectors;
  return selectors.map((selector) =>
    selector.type === 'TextPositionSelector' ? { ...selector, end: hint + (selector.end - selector.start), start: hint } : selector,
  );
}

/**
 * Where each described passage of `oldText` is in `newText`: one range or null per entry of
 * `selectorsList`, in order. Pure; no DOM.
 */
export function anchorAll(oldText: string, newText: string, selectorsList: (Selector | Selector[])[]): (TextRange | null)[] {
  if (oldText === newText) return selectorsList.map((selectors) => oldPlace(oldText, [selectors].flat()));
  const map = mapText(oldText, newText);
  return selectorsList.map((given) => {
    const selectors = [given].flat();
    const place = oldPlace(oldText, selectors);
    if (!place) return anchor(newText, selectors);
    const exact = oldText.slice(place.start, place.end);
    const carried = carry(map, oldText, newText, place);
    if (carried && holds(newText, carried, exact)) return carried;
    const hint = carried?.start ?? map.place(place.start, 'forward');
    const found = anchor(newText, hinted(selectors, hint));
    return found;
  });
}
