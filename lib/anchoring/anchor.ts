// Finds a described passage in a (possibly revised) text — or says it cannot be sure. Placing
// an annotation on the wrong words is the worst outcome, so every rule here leans to `null`.
// The search goes from cheap and certain to costly and doubtful: the stored position; the quote
// with its context; the quote alone; the quote approximately, near where it was, then anywhere;
// and last the stretch between its surviving prefix and suffix.
import { bracketedCandidates, contextualCandidates, exactCandidates, fuzzyCandidates, occurrences, type Candidate } from './candidates';
import { positionOf, quoteOf } from './describe';
import { prefixSimilarity, suffixSimilarity } from './similarity';
import type { Selector, TextQuoteSelector, TextRange } from './types';

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** A quote may have changed by at most this share of its characters. */
const MAX_QUOTE_CHANGE = 0.25;
/** Below this length a quote ("the", "2022") means little without its context. */
const SHORT_QUOTE = 16;
/** The runner-up must trail the best by this much, or the choice is a guess. */
const MIN_MARGIN = 0.02;
/** Among look-alikes, the nearest must be this much nearer the old position than the next. */
const NEAREST_SHARE = 0.2;
/** Look-alikes closer together than this (a pasted copy) are never told apart by position. */
const MIN_LOOK_ALIKE_SPACING = 5000;
const MAX_LOOK_ALIKES = 1000;
/** More exact occurrences than this, and a quote alone cannot decide. */
const MAX_EXACT = 200;

type Scored = Candidate & { quote: number; prefix: number; suffix: number; score: number };

function score(text: string, selector: TextQuoteSelector, hint: number | null, candidate: Candidate): Scored {
  const quote = 1 - candidate.errors / Math.max(selector.exact.length, 1);
  const prefix = prefixSimilarity(text, candidate.start, selector.prefix);
  const suffix = suffixSimilarity(text, candidate.end, selector.suffix);
  const position = hint === null ? 0.5 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(text.length, 1));
  const total = (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / TOTAL_WEIGHT;
  return { ...candidate, quote, prefix, suffix, score: total };
}

/** Is this candidate convincing on its own, whatever the others? */
function isConvincing(best: Scored, exact: string): boolean {
  const context = (best.prefix + best.suffix) / 2;
  if (best.bracketed) return best.prefix >= 0.9 && best.suffix >= 0.9 && best.quote >= 0.5;
  if (exact.length < SHORT_QUOTE) return best.quote === 1 && context >= 0.6;
  if (best.quote < 1 - MAX_QUOTE_CHANGE) return false;
  // A changed quote needs some of its context to vouch for it.
  return best.quote === 1 ? context >= 0.3 : context >= 0.5;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * Look-alikes (same quote, same context) differ only in where they are. The one nearest the
 * old position wins only if it is much nearer than the next one and has not drifted far;
 * otherwise there is no telling them apart.
 */
function nearestOfLookAlikes(text: string, hint: number | null, tied: Scored[]): Scored | null {
  if (hint === null) return null;
  const byDistance = tied.map((candidate) => ({ candidate, distance: Math.abs(candidate.start - hint) })).sort((a, b) => a.distance - b.distance);
  const [nearest, next] = byDistance;
  if (!nearest || !next) return null;
  const maxDrift = Math.max(2000, text.length * 0.05);
  const isClear = nearest.distance <= next.distance * NEAREST_SHARE && next.distance >= MIN_LOOK_ALIKE_SPACING;
  return isClear && nearest.distance <= maxDrift ? nearest.candidate : null;
}

/** The best candidate if it is convincing and clearly ahead of any rival elsewhere; else null. */
function choose(text: string, selector: TextQuoteSelector, hint: number | null, candidates: Candidate[]): TextRange | null {
  const ranked = candidates.map((candidate) => score(text, selector, hint, candidate)).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || !isConvincing(best, selector.exact)) return null;
  const tied = ranked.filter((candidate) => best.score - candidate.score < MIN_MARGIN);
  const rivals = tied.filter((candidate) => candidate === best || !overlaps(candidate, best));
  if (rivals.length === 1) return { start: best.start, end: best.end };
  const nearest = nearestOfLookAlikes(text, hint, rivals);
  return nearest && isConvincing(nearest, selector.exact) ? { start: nearest.start, end: nearest.end } : null;
}

/** A stretch of the text around where the quote used to be, for the costly searches. */
function windowAround(text: string, hint: number | null, quoteLength: number): TextRange {
  if (hint === null) return { start: 0, end: text.length };
  const radius = Math.max(4000, Math.round(text.length * 0.1)) + quoteLength;
  return { start: Math.max(0, hint - radius), end: Math.min(text.length, hint + radius) };
}

const isWhole = (window: TextRange, text: string) => window.start === 0 && window.end === text.length;

/** Where the passage the selectors describe is in `text`, or null when that is not certain. */
export function anchor(text: string, selectors: Selector | Selector[]): TextRange | null {
  const quote = quoteOf(selectors);
  const position = positionOf(selectors);
  if (!quote) {
    const fits = position && position.start >= 0 && position.end <= text.length && position.start < position.end;
    return fits ? { start: position.start, end: position.end } : null;
  }
  const { exact, prefix, suffix } = quote;
  if (!exact) return null;
  const hint = position?.start ?? null;

  // 1. The quote with its whole context: once, that is it; several times, look-alikes.
  const whole = occurrences(text, prefix + exact + suffix, MAX_LOOK_ALIKES);
  if (whole.length === 1) return { start: whole[0]! + prefix.length, end: whole[0]! + prefix.length + exact.length };
  if (whole.length > 1) {
    return choose(text, quote, hint, whole.map((at) => ({ start: at + prefix.length, end: at + prefix.length + exact.length, errors: 0 })));
  }

  // 2. The quote with part of its context, or the quote alone when it is distinctive enough.
  const contextual = contextualCandidates(text, exact, prefix, suffix, 12);
  const exactOnes = exactCandidates(text, exact, MAX_EXACT + 1);
  const candidates = exactOnes.length <= MAX_EXACT ? [...contextual, ...exactOnes] : contextual;
  if (candidates.length > 0) return choose(text, quote, hint, candidates);
  if (exactOnes.length > 0) return null; // too many look-alikes, none with its context

  // 3. The quote changed: approximate matches near where it was, then anywhere.
  if (exact.length >= SHORT_QUOTE) {
    const maxErrors = Math.floor(exact.length * MAX_QUOTE_CHANGE);
    const near = windowAround(text, hint, exact.length);
    const nearby = choose(text, quote, hint, fuzzyCandidates(text, exact, maxErrors, near));
    if (nearby) return nearby;
    if (!isWhole(near, text)) {
      const anywhere = choose(text, quote, hint, fuzzyCandidates(text, exact, maxErrors, { start: 0, end: text.length }));
      if (anywhere) return anywhere;
    }
  }

  // 4. Rewritten beyond recognition, but its context survived nearby.
  return choose(text, quote, hint, bracketedCandidates(text, exact, prefix, suffix, windowAround(text, hint, exact.length)));
}
