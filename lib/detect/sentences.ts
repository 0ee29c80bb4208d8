// Sentence boundaries with exact offsets. A full stop ends a sentence unless it belongs to an
// abbreviation ("Dr.", "U.S.", "No. 3", "Sept. 9"), an initial ("J. Smith") or a number ("1.5");
// a blank line always ends one; single line breaks (hard wraps) do not.
import type { Span } from './types';

/** Before a name or a word: never end a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'sen',
  'rep',
  'gov',
  'st',
  'mt',
  'rev',
  'hon',
  'pres',
  'fr',
  'messrs',
  'vs',
  'v',
  'approx',
  'ca',
  'cf',
  'e.g',
  'i.e',
  'viz',
  'dept',
  'est',
  'fig',
  'figs',
  'eq',
  'ref',
  'refs',
]);
/** Before a number only: "No. 3", "Art. 5", "Sept. 9", "p. 12". */
const BEFORE_NUMBERS = new Set([
  'no',
  'nos',
  'art',
  'arts',
  'vol',
  'vols',
  'p',
  'pp',
  'sec',
  'ch',
  'para',
  'op',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** After these, a dotted abbreviation ("U.S.", "Inc.", "etc.") does end the sentence. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'for',
  'however',
  'meanwhile',
  'his',
  'her',
  'their',
  'its',
  'our',
  'as',
  'after',
  'when',
  'while',
  'since',
  'if',
  'so',
  'yet',
  'still',
  'also',
  'then',
  'according',
  'last',
  'earlier',
  'later',
]);
const ABBREVIATIONS_THAT_MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'jr', 'sr', 'plc', 'llc', 'bros']);

// Final punctuation with any closing quotes or brackets, then whitespace; or a blank line. The
// lookbehind starts a match only where a run of punctuation starts: a long run ("……", a line of
// dots) is scanned once, not once from each of its characters.
const CANDIDATE = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)|\n[^\S\n]*\n/gu;

function isBoundary(text: string, punctuationStart: number, after: number): boolean {
  const rest = text.slice(after, after + 40).trimStart();
  const next = rest.match(/^["'“‘«([]*(\S+)/u)?.[1] ?? '';
  if (!next) return true;
  if (/^\p{Ll}/u.test(next)) return false; // "e.g. the", "said. he" → not a new sentence
  if (text[punctuationStart] !== '.' || text.slice(punctuationStart, after).startsWith('..')) return true;
  const word = /(?<![\p{L}.])(?:\p{L}+\.)*\p{L}+$/u.exec(text.slice(Math.max(0, punctuationStart - 20), punctuationStart))?.[0];
  if (!word) return true;
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}\p{N}]*/u.exec(next)![0].toLowerCase();
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBERS.has(lower) && /^\d/.test(next)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (word.includes('.') || ABBREVIATIONS_THAT_MAY_END.has(lower)) return SENTENCE_STARTERS.has(nextWord); // "U.S. officials" vs "the U.S. The"
  return true;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end);
    const leading = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) spans.push({ start: start + leading, end: start + leading + trimmed.length });
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('\n') || isBoundary(text, match.index, end)) {
      push(end);
      start = end;
    }
  }
  push(text.length);
  return spans;
}
