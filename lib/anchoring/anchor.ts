// Finds a described passage in a (possibly revised) text — or says it cannot be sure. Placing
// an annotation on the wrong words is the worst outcome, so every rule here leans to `null`.
// The search goes from cheap and certain to costly and doubtful: the stored position; the quote
// with its context; the quote alone; the quote approximately, near where it was, then anywhere;
// and last the stretch between its surviving prefix and suffix.
import { bracketedCandidates, contextualCandidates, exactCandidates, fuzzyCandidates, occurrences, type Candidate } from './candidates';
import { positionOf, quoteOf } from './describe';
import { editDistance, prefixSimilarity, suffixSimilarity } from './similarity';
import type { Selector, TextQuoteSelector, TextRange } from './types';

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** A quote may have changed by at most this share of its characters… */
const MAX_QUOTE_CHANGE = 0.25;
/** …and by at most this many: the approximate search costs more with every error it allows. */
const MAX_QUOTE_ERRORS = 100;
/** Below this length a quote ("the", "2022") means little without its context. */
const SHORT_QUOTE = 16;
/** The runner-up must trail the best by this much, or the choice is a guess. */
const MIN_MARGIN = 0.02;
/** Among look-alikes, the nearest must be this much nearer the old position than the next. */
const NEAREST_SHARE = 0.2;
/** Look-alikes closer together than this (a pasted copy) are never told apart by position. */
const MIN_LOOK_ALIKE_SPACING = 5000;
const MAX_LOOK_ALIKES = 1000;
/** Candidates scored in full (edit distances of the context); the rest are ranked cheaply first. */
const SHORTLIST = 40;
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

const digitsOf = (value: string) => value.replace(/\D/g, '');

/** Is this candidate convincing on its own, whatever the others? */
function isConvincing(text: string, best: Scored, exact: string): boolean {
  const context = (best.prefix + best.suffix) / 2;
  const contextHolds = best.prefix >= 0.9 && best.suffix >= 0.9;
  // A figure must not jump to another number: a changed quote must keep its digits.
  if (best.errors > 0 && digitsOf(text.slice(best.start, best.end)) !== digitsOf(exact)) return false;
  if (best.bracketed) return contextHolds && best.quote >= 0.5;
  if (exact.length < SHORT_QUOTE) return best.quote === 1 && context >= 0.8 && Math.min(best.prefix, best.suffix) >= 0.5;
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
  const byDistance = tied
    .map((candidate) => ({ candidate, distance: Math.abs(candidate.start - hint) }))
    .sort((a, b) => a.distance - b.distance);
  const [nearest, next] = byDistance;
  if (!nearest || !next) return null;
  const isClear = nearest.distance <= next.distance * NEAREST_SHARE && next.distance >= MIN_LOOK_ALIKE_SPACING;
  return isClear && nearest.distance <= maxDrift(text) ? nearest.candidate : null;
}

const maxDrift = (text: string) => Math.max(2000, text.length * 0.05);

/**
 * An approximate match's edges can fall a few characters off: move them to where the stored
 * prefix ends and the stored suffix begins, when those are found close by.
 */
function refineEdges(text: string, selector: TextQuoteSelector, candidate: Candidate): Candidate {
  if (candidate.errors === 0) return candidate;
  const slack = Math.max(12, Math.round(selector.exact.length / 2));
  const closest = (needle: string, around: number, shift: number) => {
    if (needle.length < 6) return null;
    let best: number | null = null;
    const from = Math.max(0, around - slack - needle.length);
    for (const at of occurrences(text.slice(from, around + slack + needle.length), needle)) {
      const edge = from + at + shift;
      if (best === null || Math.abs(edge - around) < Math.abs(best - around)) best = edge;
    }
    return best;
  };
  const head = selector.suffix.slice(0, 12);
  const tail = selector.prefix.slice(-12);
  const start = closest(tail, candidate.start, tail.length) ?? candidate.start;
  const end = closest(head, candidate.end, 0) ?? candidate.end;
  if (end <= start) return candidate;
  return { ...candidate, start, end, errors: editDistance(text.slice(start, end), selector.exact) };
}

/** Characters of the stored context that agree, walking outwards from the quote's edges (no alignment: cheap). */
function adjacentAgreement(text: string, selector: TextQuoteSelector, candidate: Candidate) {
  let agree = 0;
  for (let i = 1; i <= selector.prefix.length; i++) if (text[candidate.start - i] === selector.prefix[selector.prefix.length - i]) agree++;
  for (let i = 0; i < selector.suffix.length; i++) if (text[candidate.end + i] === selector.suffix[i]) agree++;
  return agree;
}

/** Many candidates: keep the few that agree best next to the quote, nearest first among equals. */
function shortlist(text: string, selector: TextQuoteSelector, hint: number | null, candidates: Candidate[]) {
  if (candidates.length <= SHORTLIST) return candidates;
  return candidates
    .map((candidate) => ({
      candidate,
      agree: adjacentAgreement(text, selector, candidate) - candidate.errors,
      distance: hint === null ? 0 : Math.abs(candidate.start - hint),
    }))
    .sort((a, b) => b.agree - a.agree || a.distance - b.distance)
    .slice(0, SHORTLIST)
    .map(({ candidate }) => candidate);
}

/** The best candidate if it is convincing and clearly ahead of any rival elsewhere; else null. */
function choose(text: string, selector: TextQuoteSelector, hint: number | null, candidates: Candidate[]): TextRange | null {
  const first = shortlist(text, selector, hint, candidates)
    .map((candidate) => score(text, selector, hint, candidate))
    .sort((a, b) => b.score - a.score);
  const ranked = [
    ...first.slice(0, 5).map((candidate) => score(text, selector, hint, refineEdges(text, selector, candidate))),
    ...first.slice(5),
  ].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || !isConvincing(text, best, selector.exact)) return null;
  const rivals = ranked.filter(
    (candidate) => candidate === best || (!overlaps(candidate, best) && isConvincing(text, candidate, selector.exact)),
  );
  const tied = rivals.filter((candidate) => best.score - candidate.score < MIN_MARGIN);
  // A best match far from where the passage was, while a plausible one sits there (the
  // original, edited, next to an untouched copy elsewhere): unsure.
  if (hint !== null && Math.abs(best.start - hint) > maxDrift(text)) {
    const isPlausible = (candidate: Scored) =>
      candidate.quote >= 1 - MAX_QUOTE_CHANGE && Math.max(candidate.prefix, candidate.suffix) >= 0.9;
    const nearRival = ranked.some(
      (candidate) =>
        candidate !== best && !overlaps(candidate, best) && Math.abs(candidate.start - hint) <= maxDrift(text) && isPlausible(candidate),
    );
    if (nearRival) return null;
  }
  if (tied.length === 1) return { start: best.start, end: best.end };
  const nearest = nearestOfLookAlikes(text, hint, tied);
  return nearest ? { start: nearest.start, end: nearest.end } : null;
}

/** A stretch of the text around where the quote used to be, for the costly searches. */
function windowAround(text: string, hint: number | null, quoteLength: number): TextRange {
  if (hint === null) return { start: 0, end: text.length };
  const radius = Math.max(4000, Math.round(text.length * 0.03)) + quoteLength;
  return { start: Math.max(0, hint - radius), end: Math.min(text.length, hint + radius) };
}

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

  // 1. The quote with its whole context: once near where it was, that is it; several times,
  // look-alikes. (Once but far away, it may be a copy: step 2 weighs it against what is near.)
  const whole = occurrences(text, prefix + exact + suffix, MAX_LOOK_ALIKES);
  const isNear = (at: number) => hint === null || Math.abs(at - hint) <= maxDrift(text);
  if (whole.length === 1 && isNear(whole[0]! + prefix.length)) {
    return { start: whole[0]! + prefix.length, end: whole[0]! + prefix.length + exact.length };
  }
  if (whole.length > 1) {
    return choose(
      text,
      quote,
      hint,
      whole.map((at) => ({ start: at + prefix.length, end: at + prefix.length + exact.length, errors: 0 })),
    );
  }

  // 2. The quote with part of its context, or the quote alone when it is distinctive enough.
  const contextual = contextualCandidates(text, exact, prefix, suffix, 12);
  const exactOnes = exactCandidates(text, exact, MAX_EXACT + 1);
  const candidates = exactOnes.length <= MAX_EXACT ? [...contextual, ...exactOnes] : contextual;
  if (candidates.length > 0) return choose(text, quote, hint, candidates);
  if (exactOnes.length > 0) return null; // too many look-alikes, none with its context

  // 3. The quote changed: approximate matches near where it was. (A passage that was both moved
  // far and changed is not searched for: among look-alikes far away, a guess would be wrong.)
  if (exact.length >= SHORT_QUOTE) {
    const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length * MAX_QUOTE_CHANGE));
    const nearby = choose(text, quote, hint, fuzzyCandidates(text, exact, maxErrors, windowAround(text, hint, exact.length)));
    if (nearby) return nearby;
  }

  // 4. Rewritten beyond recognition, but its context survived nearby.
  return choose(text, quote, hint, bracketedCandidates(text, exact, prefix, suffix, windowAround(text, hint, exact.length)));
}
