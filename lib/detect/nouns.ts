// The counted noun after an amount: "16,500 containers", "2,000 additional containers",
// "four European NGOs". Up to three modifiers may stand before a plural noun.
import { IRREGULAR_PLURALS, MONTHS, STOP_WORDS, WEEKDAYS } from './lexicon';
import { DASHES, symAt, wordAt } from './token-helpers';
import type { Token } from './tokens';

const NOT_PLURAL = new Set([
  'its',
  'his',
  'has',
  'was',
  'is',
  'this',
  'thus',
  'as',
  'us',
  'yes',
  'always',
  'perhaps',
  'whereas',
  'news',
  'series',
  'species',
  'less',
  'unless',
  'besides',
  'afterwards',
  'towards',
  'sometimes',
  'various',
  'previous',
  'serious',
  'numerous',
  'famous',
  'obvious',
]);

export function isPluralNoun(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false;
  const word = token.lower;
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (/^\p{Lu}{2,}s$/u.test(token.text)) return true; // "NGOs", "ICBMs"
  return word.length >= 3 && /s$/.test(word) && !/(?:ss|us|is|['’]s)$/.test(word) && !NOT_PLURAL.has(word) && !STOP_WORDS.has(word);
}

const isModifier = (token: Token | undefined) =>
  token?.type === 'word' &&
  !STOP_WORDS.has(token.lower) &&
  !(token.lower in MONTHS && /^\p{Lu}/u.test(token.text)) &&
  !WEEKDAYS.has(token.lower) &&
  !/ly$/.test(token.lower);

export type CountedNoun = { noun: string; end: number };

/**
 * Reads the counted noun at tokens[start]. `singular` accepts a singular noun ("1 container").
 * `afterOf` accepts "of" first ("thousands of soldiers", "a third of voters").
 */
export function readCountedNoun(tokens: Token[], start: number, { singular = false, afterOf = false } = {}): CountedNoun | null {
  let index = start;
  if (afterOf && wordAt(tokens, index) === 'of') {
    index++;
    if (['the', 'all', 'their', 'its', 'our'].includes(wordAt(tokens, index))) index++;
  }
  for (let words = 0; words < 4 && index < tokens.length; words++) {
    const token = tokens[index];
    if (token?.type !== 'word') return null;
    if (isPluralNoun(token)) return { noun: nounForm(token), end: index + 1 };
    if (!isModifier(token)) return null;
    if (singular && words === 0 && /^\p{Ll}/u.test(token.text)) return { noun: nounForm(token), end: index + 1 };
    index++;
    // hyphenated modifiers: "North-Korean", "long-range"
    if (DASHES.has(symAt(tokens, index)) && tokens[index]!.glued && tokens[index + 1]?.glued && tokens[index + 1]?.type === 'word') index++;
  }
  return null;
}

/** Acronyms keep their case ("NGOs"); other nouns are stored lower-case. */
const nounForm = (token: Token) => (/\p{Lu}.*\p{Lu}/u.test(token.text) ? token.text : token.lower);
