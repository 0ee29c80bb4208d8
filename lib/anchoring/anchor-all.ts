// Re-anchoring with the previous text at hand (a re-import, the API, a W3C import): each
// passage's place in the old text is carried through a document-level diff to the new text, and
// the place found there is checked against its words; `anchor` alone remains the fallback for
// passages the diff loses (rewritten, or moved and edited).
import { anchor } from './anchor';
import { contextFiguresAgree } from './context-figures';
import { positionOf, quoteOf } from './describe';
import { prefixSimilarity, similarity, suffixSimilarity } from './similarity';
import { mapText, type TextMap } from './text-map';
import type { Selector, TextQuoteSelector, TextRange } from './types';

/** Below this likeness to its old words, a place carried by the diff is searched for instead. */
const MIN_CARRIED_LIKENESS = 0.5;

/** Runs of spaces and line breaks as one space. */
const flattenSpaces = (value: string) => value.replace(/\s+/g, ' ');
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const digitsOf = (value: string) => value.replace(/\D/g, '');

/** Are the characters of `part` found in `whole`, in order? */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at++;
  return at === part.length;
}

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

/** A carried place, and which of its old edge characters were deleted (or replaced) in the new text. */
type Carried = { range: TextRange; lost: { start: boolean; end: boolean } };

function carry(map: TextMap, oldText: string, newText: string, place: TextRange): Carried | null {
  const start = map.place(place.start, 'forward');
  const last = map.place(place.end - 1, 'backward');
  if (start === null || last === null || last < start) return null;
  const range = tidyEdges(newText, start, last + 1, {
    startsWord: !isWordChar(oldText[place.start - 1]) || !isWordChar(oldText[place.start]),
    endsWord: !isWordChar(oldText[place.end]) || !isWordChar(oldText[place.end - 1]),
  });
  return range && { range, lost: { start: !map.kept(place.start), end: !map.kept(place.end - 1) } };
}

/** Below this length a quote needs its context to vouch for it. */
const SHORT_QUOTE = 16;
/** How much of the stored context must agree around a carried place (anchor asks the same of its finds). */
const MIN_CONTEXT_SAME_WORDS = 0.4;
const MIN_CONTEXT_CHANGED_WORDS = 0.5;
/** Characters at each edge that must be intact for a span grown in the middle to be trusted. */
const EDGE = 12;

/**
 * Is the carried place believable: still looking like its words with its figures unchanged, or
 * both its edges intact (sentences inserted in the middle of a passage belong to it)?
 */
function holds(newText: string, carried: TextRange, exact: string, quote: TextQuoteSelector | null): boolean {
  const words = newText.slice(carried.start, carried.end);
  // Its surroundings must agree too: a paragraph paired with a look-alike carries words that exist there as well.
  if (quote) {
    const prefix = prefixSimilarity(newText, carried.start, quote.prefix);
    const suffix = suffixSimilarity(newText, carried.end, quote.suffix);
    const context = (prefix + suffix) / 2;
    if (context < (words === exact ? MIN_CONTEXT_SAME_WORDS : MIN_CONTEXT_CHANGED_WORDS)) return false;
    // Among near-duplicate sentences, a look-alike's context is as alike as the original's but
    // for its figures: another figure on both sides is another sentence.
    const figures = contextFiguresAgree(newText, carried, quote);
    // A few words ("reported", "the ministry") mean little without their context, as in `anchor`,
    // unless the diff carried them, unchanged, to a place with the stored figures on both sides.
    const ownFigures = figures.before === true && figures.after === true;
    const shortVouched = words === exact && ownFigures;
    if (exact.length < SHORT_QUOTE && !shortVouched && (context < 0.8 || Math.min(prefix, suffix) < 0.5)) return false;
    if (figures.before === false && figures.after === false) return false;
    // A span grown in the middle is trusted on its edges: each must still sit beside its own figures.
    if (words !== exact && (figures.before === false || figures.after === false)) return false;
    // A figure deleted inside a passage whose edges, context and neighbouring figures are all its
    // own leaves the rest of its words where they were: no figure added, none changed.
    if (ownFigures && lostFiguresOnly(words, exact)) return true;
  }
  if (words === exact) return true;
  // A sentence copied from a paragraph's end brings its line break along: "review.\nIn" is still "review. In".
  const flat = flattenSpaces(words);
  const flatExact = flattenSpaces(exact);
  const edge = Math.min(EDGE, Math.floor(flatExact.length / 2));
  const edgesIntact = edge >= 4 && flat.startsWith(flatExact.slice(0, edge)) && flat.endsWith(flatExact.slice(-edge));
  if (edgesIntact && words.length >= exact.length && isSubsequence(digitsOf(exact), digitsOf(words))) return true;
  return digitsOf(words) === digitsOf(exact) && similarity(words, exact) >= MIN_CARRIED_LIKENESS;
}

/** Are `words` `exact` with figures (and nothing else but spaces) deleted in its middle, its edges intact? */
function lostFiguresOnly(words: string, exact: string): boolean {
  const figures = /\d[\d.,]*/g;
  const wordsOnly = flattenSpaces(words.replace(figures, ''));
  const exactOnly = flattenSpaces(exact.replace(figures, ''));
  const edge = Math.min(EDGE, Math.floor(exact.length / 2));
  const edgesIntact = edge >= 4 && words.startsWith(exact.slice(0, edge)) && words.endsWith(exact.slice(-edge));
  return edgesIntact && wordsOnly === exactOnly && words.length < exact.length && isSubsequence(digitsOf(words), digitsOf(exact));
}

/** How far past a carried edge the passage's own edge is looked for. */
const MAX_EDGE_SEARCH = 2000;
const MAX_EDGE_TRIES = 200;

/** Is `word` at `at` not part of a longer word (an edge never starts or ends inside a neighbour)? */
const isWholeWord = (text: string, at: number, word: string) =>
  !(isWordChar(text[at - 1]) && isWordChar(word[0])) && !(isWordChar(text[at + word.length]) && isWordChar(word.at(-1)));

/**
 * A passage that received sentences inside can have an edge carried to an inserted look-alike
 * ("…review.\nIn 2009," of the inserted "In 2009, the ministry reported 26088…" rather than of its
 * own "In 2009, the ministry reported 4213…"): that edge is moved on to the nearest place where
 * the passage's edge word sits beside its own figures, and the place is checked again.
 */
function widenToOwnFigures(text: string, carried: TextRange, exact: string, quote: TextQuoteSelector): TextRange | null {
  const figures = contextFiguresAgree(text, carried, quote);
  if (figures.before === false && figures.after === false) return null; // a look-alike sentence, not an edge
  const words = exact.trim().split(/\s+/);
  const lastWord = words.at(-1) ?? '';
  const firstWord = words[0] ?? '';
  let { start, end } = carried;
  if (figures.after === false && lastWord) {
    // Within the paragraph, and never more than MAX_EDGE_TRIES places (hostile text repeats a word everywhere).
    const paragraphEnd = text.indexOf('\n\n', end);
    const limit = Math.min(text.length, end + MAX_EDGE_SEARCH, paragraphEnd === -1 ? Infinity : paragraphEnd);
    let tries = 0;
    let found: number | null = null;
    for (
      let at = text.indexOf(lastWord, end + 1);
      at !== -1 && at + lastWord.length <= limit && tries++ < MAX_EDGE_TRIES;
      at = text.indexOf(lastWord, at + 1)
    ) {
      const candidate = { start, end: at + lastWord.length };
      if (isWholeWord(text, at, lastWord) && contextFiguresAgree(text, candidate, quote).after) {
        found = candidate.end;
        break;
      }
    }
    if (found === null) return null;
    end = found;
  }
  if (figures.before === false && firstWord) {
    const paragraphStart = text.lastIndexOf('\n\n', start);
    const limit = Math.max(0, start - MAX_EDGE_SEARCH, paragraphStart === -1 ? 0 : paragraphStart + 2);
    let tries = 0;
    let found: number | null = null;
    for (
      let at = text.lastIndexOf(firstWord, start - 1);
      at !== -1 && at >= limit && tries++ < MAX_EDGE_TRIES;
      at = text.lastIndexOf(firstWord, at - 1)
    ) {
      const candidate = { start: at, end };
      if (isWholeWord(text, at, firstWord) && contextFiguresAgree(text, candidate, quote).before) {
        found = at;
        break;
      }
    }
    if (found === null) return null;
    start = found;
  }
  return { start, end };
}

/**
 * A passage that lost words at one edge only (a sentence deleted across its end) is carried to
 * its surviving words; the context and figures on that side are the deleted words' no longer, so
 * it is judged on the other: that edge intact, its context alike and its figures its own, the
 * surviving words alike enough to the old ones and no figure among them that was not there.
 */
function holdsShrunk(newText: string, carried: Carried, exact: string, quote: TextQuoteSelector | null): boolean {
  const { range, lost } = carried;
  if (!quote || lost.start === lost.end) return false;
  const words = newText.slice(range.start, range.end);
  if (words.length >= exact.length || words.length < SHORT_QUOTE) return false;
  const flat = flattenSpaces(words);
  const flatExact = flattenSpaces(exact);
  const edge = Math.min(EDGE, Math.floor(flat.length / 2));
  const edgeIntact = lost.start ? flat.endsWith(flatExact.slice(-edge)) : flat.startsWith(flatExact.slice(0, edge));
  if (!edgeIntact || !isSubsequence(digitsOf(words), digitsOf(exact)) || similarity(words, exact) < MIN_CARRIED_LIKENESS) return false;
  const figures = contextFiguresAgree(newText, range, quote);
  return lost.start
    ? figures.after === true && suffixSimilarity(newText, range.end, quote.suffix) >= MIN_CONTEXT_CHANGED_WORDS
    : figures.before === true && prefixSimilarity(newText, range.start, quote.prefix) >= MIN_CONTEXT_CHANGED_WORDS;
}

/** The carried place if it holds, or widened to its own figures if that holds; else null. */
function settle(text: string, carried: Carried | null, exact: string, quote: TextQuoteSelector | null): TextRange | null {
  if (!carried) return null;
  const { range } = carried;
  if (holds(text, range, exact, quote)) return range;
  if (holdsShrunk(text, carried, exact, quote)) return range;
  if (!quote || text.slice(range.start, range.end) === exact) return null;
  const widened = widenToOwnFigures(text, range, exact, quote);
  return widened && holds(text, widened, exact, quote) ? widened : null;
}

/** How alike a place's surroundings are to the stored prefix and suffix (0–1). */
const contextLikeness = (text: string, place: TextRange, quote: TextQuoteSelector) =>
  (prefixSimilarity(text, place.start, quote.prefix) + suffixSimilarity(text, place.end, quote.suffix)) / 2;

const overlapsRange = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

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
    const carried = settle(newText, carry(map, oldText, newText, place), exact, quoteOf(selectors));
    if (carried) {
      // The diff can pair a paragraph with one holding a copied sentence of it: when the search by
      // the words themselves (context, then nearness to the old place) is sure of another place
      // holding the very same words, that place wins; otherwise the carried one stands.
      // The search's place must also sit in surroundings closer to the stored ones than the
      // carried place's: among near-duplicate sentences it may be sure of a look-alike whose
      // context differs by a figure, while the carried place kept its context whole.
      const searched = anchor(newText, selectors);
      const quote = quoteOf(selectors);
      const isOtherCopy =
        searched &&
        !overlapsRange(searched, carried) &&
        newText.slice(searched.start, searched.end) === exact &&
        (!quote || contextLikeness(newText, searched, quote) > contextLikeness(newText, carried, quote));
      return isOtherCopy ? searched : carried;
    }
    // What the diff could not carry is searched for as `anchor` alone would: a place carried into a
    // look-alike paragraph is no better a hint than where the words used to be.
    return anchor(newText, selectors);
  });
}
