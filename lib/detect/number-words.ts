// Amounts written in words: "four", "twenty-five", "one hundred and twenty", "a million",
// "two and a half million", "half a million", "a dozen".
import { SMALL_NUMBERS, TENS } from './lexicon';
import type { Token } from './tokens';

const SCALE_WORDS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const lowerAt = (tokens: Token[], index: number) => (tokens[index]?.type === 'word' ? tokens[index]!.lower : '');
const isScaleWord = (word: string) => word in SCALE_WORDS || word === 'dozen';
const isUnitWord = (word: string) => word in SMALL_NUMBERS || word in TENS;

export type WordAmount = { value: number; end: number };

/** Reads number words from tokens[start]; `end` is the index after the last one used. */
export function readNumberWords(tokens: Token[], start: number): WordAmount | null {
  const first = lowerAt(tokens, start);
  // "half a million"
  if (first === 'half' && lowerAt(tokens, start + 1) === 'a' && lowerAt(tokens, start + 2) in SCALE_WORDS) {
    return { value: 0.5 * SCALE_WORDS[lowerAt(tokens, start + 2)]!, end: start + 3 };
  }
  let index = start;
  // "a hundred", "a million", "a dozen"
  if (first === 'a') {
    if (!isScaleWord(lowerAt(tokens, start + 1))) return null;
    index++;
  } else if (!isUnitWord(first)) return null;

  let total = 0;
  let current = 0;
  let previous: 'none' | 'unit' | 'tens' | 'scale' = 'none';
  let end = start;
  while (index < tokens.length) {
    const word = lowerAt(tokens, index);
    if (word === '' && tokens[index]?.text === '-' && previous === 'tens' && tokens[index]!.glued && tokens[index + 1]?.glued) {
      index++; // "twenty-five"
      continue;
    }
    if (word in TENS) {
      if (previous === 'unit' || previous === 'tens') break;
      current += TENS[word]!;
      previous = 'tens';
    } else if (word in SMALL_NUMBERS) {
      if (previous === 'unit' || (previous === 'tens' && SMALL_NUMBERS[word]! >= 10)) break;
      current += SMALL_NUMBERS[word]!;
      previous = 'unit';
    } else if (word === 'dozen' || word === 'hundred') {
      current = (current || 1) * (word === 'dozen' ? 12 : 100);
      previous = 'scale';
    } else if (word in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[word]!;
      current = 0;
      previous = 'scale';
    } else if (word === 'and' && previous !== 'none') {
      // "two and a half million"
      const scale = lowerAt(tokens, index + 3);
      if (lowerAt(tokens, index + 1) === 'a' && lowerAt(tokens, index + 2) === 'half' && scale in SCALE_WORDS) {
        total += (current + 0.5) * SCALE_WORDS[scale]!;
        return { value: total, end: index + 4 };
      }
      // "one hundred and twenty"
      if (previous !== 'scale' || !isUnitWord(lowerAt(tokens, index + 1))) break;
      index++;
      continue;
    } else break;
    index++;
    end = index;
  }
  return end > start ? { value: total + current, end } : null;
}
