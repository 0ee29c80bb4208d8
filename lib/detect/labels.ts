// Numbers that name rather than count: "Article 5", "No. 3", "Track 1.5", "COVID-19", "K-2",
// "G7", "F-16", "#3", "5G". They are not figures.
import { CURRENCY_CODES } from './currencies';
import { DATE_QUALIFIERS, LABEL_WORDS, MONTHS, QUALIFIERS, SCALES, SEASONS, STOP_WORDS, UNITS } from './lexicon';
import { DASHES, isCapitalised } from './token-helpers';
import type { Token } from './tokens';

const HEDGE_WORDS = new Set(QUALIFIERS.flat());
/** Letters that may follow digits directly: decades, ordinals, scales, units, clock suffixes. */
const NUMBER_SUFFIXES = new Set(['s', 'st', 'nd', 'rd', 'th', 'am', 'pm', ...Object.keys(SCALES), ...Object.keys(UNITS)]);
/** Prefixes joined to a number by a dash that keep it an amount or a date: "mid-1990s", "pre-2020". */
const DASH_PREFIXES = new Set([...DATE_QUALIFIERS, 'pre', 'post', 'over', 'under', 'non', 'sub', 'top', 'near', 'then', 'circa']);

/** Is the number at tokens[index] part of a name or code? */
export function isLabelNumber(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (after?.glued && after.type === 'word' && (!NUMBER_SUFFIXES.has(after.lower) || /^[AC-JLN-Z]$/.test(after.text))) return true; // "5G", "3D"
  if (after?.glued && after.type === 'num') return true;
  if (!before) return false;
  if (token.glued) {
    if (before.type === 'word' && !CURRENCY_CODES.has(before.text)) return true; // "G7", "A320"
    if (before.text === '#') return true;
    if (DASHES.has(before.text) || before.text === '/') {
      const word = tokens[index - 2];
      if (before.glued && word?.type === 'word' && !DASH_PREFIXES.has(word.lower)) return true; // "COVID-19", "K-2"
    }
  }
  // "Article 5", "page 12", "No. 3", "Art. 5"
  const labelWord = before.text === '.' && before.glued ? tokens[index - 2] : before;
  if (labelWord?.type === 'word' && LABEL_WORDS.has(labelWord.lower) && (labelWord === before || labelWord.text.length <= 4)) {
    return labelWord.lower !== 'no' || labelWord !== before || isCapitalised(labelWord); // "No 3", "no. 3"; not "no 5 …"
  }
  // "Track 1.5", "Apollo 11", "NATO 2030": a capitalised name right before a plain number.
  if (before.type === 'word' && isCapitalised(before) && !token.text.includes(',') && isPlainName(before)) {
    return !(after && !after.glued && after.type === 'word' && (after.lower in SCALES || after.lower in UNITS));
  }
  return false;
}

function isPlainName(word: Token): boolean {
  const lower = word.lower;
  return (
    !STOP_WORDS.has(lower) &&
    !HEDGE_WORDS.has(lower) &&
    !(lower in MONTHS) &&
    !SEASONS.has(lower) &&
    !CURRENCY_CODES.has(word.text) &&
    !/['’]s$/.test(lower)
  );
}
