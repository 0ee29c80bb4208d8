// Whether two claim statements say the same thing: "have we checked this already?" (issue 22).
// The database finds candidates by trigram similarity (pg_trgm, lib/server/matching); this file
// decides which of them are the same claim. Pure: no database, runnable in tests and the bench.
//
// A match needs words in common (trigram similarity and the overlap of content words), and
// three things that may not differ: the numbers ("16,500 containers" is not "1,650 containers"),
// negation ("has" is not "has not" or "never"), and the direction of a change ("rose" is not "fell").
import { SCALES, SMALL_NUMBERS, STOP_WORDS, TENS } from '@/lib/detect/lexicon';

/** Statements longer than this are cut before matching (a statement is at most 2,000 characters). */
export const MATCH_TEXT_LIMIT = 2_000;

/** A candidate whose score reaches this is shown as a match (measured by `npm run bench:match`). */
export const MATCH_THRESHOLD = 0.5;

/** Trigram similarity under which the database does not even offer a candidate. */
export const CANDIDATE_SIMILARITY = 0.45;

const SCALE_WORDS = Object.keys(SCALES)
  .filter((word) => !['b', 'hundred'].includes(word))
  .sort((a, b) => b.length - a.length)
  .join('|');

// A numeral ("16,500", "16 500", "16.5", "3,5") and an optional scale ("16.5k", "1.2 million"). A
// digit group is three digits after a comma or a (no-break, thin) space; a lone comma before one
// or two digits is a decimal comma.
const NUMERAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?(?:[ \u00a0]?(${SCALE_WORDS})(?![\p{L}\p{N}]))?`,
  'giu',
);

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

const NUMBER_WORDS: Record<string, number> = { ...SMALL_NUMBERS, ...TENS, dozen: 12 };
delete NUMBER_WORDS.one; // "one of the largest", "no one": a pronoun far more often than a count

/** The numbers a statement names, normalised: "16,500", "16.5k", "16 500" and "sixteen thousand five hundred"… the first three are 16500. */
export function extractNumbers(text: string): number[] {
  const numbers: number[] = [];
  const bounded = text.slice(0, MATCH_TEXT_LIMIT);
  for (const match of bounded.matchAll(NUMERAL)) {
    const [, whole = '', fraction, scale] = match;
    const grouped = /[, \u00a0\u202f]/u.test(whole);
    let value = Number(whole.replace(/[, \u00a0\u202f]/gu, ''));
    if (fraction !== undefined) value += Number(`0.${fraction}`);
    if (!grouped && fraction === undefined && /^0\d/.test(whole)) continue; // "007", a code, not a count
    if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
    numbers.push(round(value));
  }
  const words = bounded.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const value = NUMBER_WORDS[words[i]!];
    if (value === undefined) continue;
    const scale = SCALES[words[i + 1] ?? ''];
    numbers.push(round(scale && words[i + 1] !== 'hundred' ? value * scale : value));
  }
  return numbers;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nowhere']);
/** "no more than 5%", "not only": a bound or an emphasis, not a denial. */
const NOT_DENIALS = /\b(?:no|not)\s+(?:more|less|fewer|greater|later|earlier|only)\b/giu;

/** Whether a statement denies: "not", "never", "no", "hasn't"… */
export function isNegated(text: string): boolean {
  const words = text.slice(0, MATCH_TEXT_LIMIT).toLowerCase().replace(NOT_DENIALS, ' ').match(WORD) ?? [];
  return words.some((word) => NEGATIONS.has(word) || /n['’]t$/u.test(word));
}

const UP = new Set(
  [
    'rise rises rose risen rising increase increased increases increasing grew grow grows grown growing up higher',
    'gain gained gains climb climbed climbs jump jumped jumps surge surged surges soar soared soars doubled tripled',
    'rebound rebounded raise raised raises',
  ]
    .join(' ')
    .split(' '),
);
const DOWN = new Set(
  [
    'fall falls fell fallen falling decrease decreased decreases decreasing decline declined declines declining',
    'drop dropped drops dropping down lower shrank shrunk shrink shrinks cut cuts reduced reduce reduces plunged',
    'plunge plunges slumped slump slumps halved sank sink sinks lost loses lose',
  ]
    .join(' ')
    .split(' '),
);

export type Direction = 'up' | 'down' | null;

export type StatementFeatures = {
  numbers: number[];
  negated: boolean;
  direction: Direction;
  /** content words, lower-cased and stemmed; "rose" and "increased" both read "↑" */
  words: Set<string>;
};

function stem(word: string): string {
  const bare = word.replace(/['’]s$/u, '');
  if (bare.length > 5 && bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (bare.length > 5 && bare.endsWith('ing')) return bare.slice(0, -3);
  if (bare.length > 4 && bare.endsWith('ed')) return bare.slice(0, -2);
  if (bare.length > 4 && bare.endsWith('es')) return bare.slice(0, -2);
  if (bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}

/** What matching compares of one statement. */
export function statementFeatures(text: string): StatementFeatures {
  const lower = text.slice(0, MATCH_TEXT_LIMIT).toLowerCase();
  const words = new Set<string>();
  let up = false;
  let down = false;
  for (const word of lower.match(WORD) ?? []) {
    if (UP.has(word)) {
      up = true;
      words.add('↑');
    } else if (DOWN.has(word)) {
      down = true;
      words.add('↓');
    } else if (!STOP_WORDS.has(word) && !NEGATIONS.has(word) && !/^\d/.test(word) && !(word in NUMBER_WORDS)) {
      words.add(stem(word));
    }
  }
  return { numbers: extractNumbers(text), negated: isNegated(text), direction: up === down ? null : up ? 'up' : 'down', words };
}

/**
 * The numbers agree when one statement's are all among the other's (one may add a year), or when
 * neither names any: a figure and a statement without one are different claims.
 */
export function numbersAgree(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const pool = new Set(more);
  return fewer.every((value) => pool.has(value));
}

export type MatchRefusal = 'numbers' | 'negation' | 'direction';

/**
 * How alike two statements are, 0–1: the mean of the trigram similarity the database measured
 * and the overlap (Dice) of their content words. `refusal` names what differs when they cannot be
 * the same claim whatever their words (then the score is 0).
 */
export function scoreMatch(a: StatementFeatures, b: StatementFeatures, trigram: number): { score: number; refusal: MatchRefusal | null } {
  if (!numbersAgree(a.numbers, b.numbers)) return { score: 0, refusal: 'numbers' };
  if (a.negated !== b.negated) return { score: 0, refusal: 'negation' };
  if (a.direction && b.direction && a.direction !== b.direction) return { score: 0, refusal: 'direction' };
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared++;
  const dice = a.words.size + b.words.size === 0 ? 0 : (2 * shared) / (a.words.size + b.words.size);
  return { score: round((Math.min(Math.max(trigram, 0), 1) + dice) / 2), refusal: null };
}
