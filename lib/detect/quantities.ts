// Amounts: "over 16,500 containers", "$14 billion", "EUR 3.2m", "four submarines", "12%",
// "12 per cent", "1.5 million", "a third of", "dozens of", "between 200 and 300 homes"; money in
// any currency (lib/detect/currencies.ts): "R500 million", "Rs 300 crore", "3 million Swedish kronor".
import { CURRENCY_CODES, readCurrencyName, readCurrencyPrefix } from './currencies';
import { AMBIGUOUS_SCALES, FRACTIONS, QUALIFIERS, SCALES, UNITS, VAGUE_AMOUNTS } from './lexicon';
import { isLabelNumber } from './labels';
import type { FigureMatch } from './match';
import { readCountedNoun } from './nouns';
import { readNumberWords } from './number-words';
import { parseNumeral } from './numerals';
import { DASHES, isGlued, matchPhrase, symAt, wordAt } from './token-helpers';
import type { Token } from './tokens';
import type { FigureValue } from './types';

type Amount = {
  end: number;
  value?: number;
  vague?: string;
  percent?: boolean;
  currency?: string;
  inWords?: boolean;
  /** "percentage points" rather than per cent. */
  points?: boolean;
  /** The multiplier read after the number ("million" → 1e6). */
  scale?: number;
};

/** A number in digits or words, with its scale ("1.5 million", "3.2m", "5bn"). */
function readNumber(tokens: Token[], index: number, hasCurrency: boolean): Amount | null {
  const token = tokens[index];
  let value: number;
  let end: number;
  let inWords = false;
  if (token?.type === 'num') {
    const parsed = parseNumeral(token.text);
    if (parsed === null || (!hasCurrency && isLabelNumber(tokens, index))) return null;
    if (tokens[index + 1]?.glued && ['st', 'nd', 'rd', 'th'].includes(wordAt(tokens, index + 1))) return null; // ordinals
    value = parsed;
    end = index + 1;
  } else {
    const words = readNumberWords(tokens, index);
    if (!words) return null;
    ({ value, end } = words);
    inWords = true;
  }
  const next = tokens[end];
  if (
    next?.type === 'word' &&
    next.lower in SCALES &&
    (next.glued ? !inWords : next.lower.length > 2 || next.lower === 'bn' || next.lower === 'mn')
  ) {
    const ambiguous = AMBIGUOUS_SCALES.has(next.lower);
    const moneyAfter = readCurrencyName(tokens, end + 1, true) !== null;
    if (!ambiguous || hasCurrency || moneyAfter || readCountedNoun(tokens, end + 1)) {
      const scale = SCALES[next.lower]!;
      return { value: value * scale, end: end + 1, inWords, scale };
    }
  }
  return { value, end, inWords };
}

/** "a third of", "two-thirds of", "half the", "one in five". Values in per cent. */
function readFraction(tokens: Token[], index: number): Amount | null {
  let count = 1;
  let next = index;
  const first = wordAt(tokens, index);
  if (first !== 'half') {
    const words = first === 'a' ? { value: 1, end: index + 1 } : readNumberWords(tokens, index);
    if (!words) return null;
    count = words.value;
    next = words.end;
    if (DASHES.has(symAt(tokens, next)) && isGlued(tokens, next)) next++;
    // "one in five"
    if (wordAt(tokens, next) === 'in') {
      const whole =
        readNumberWords(tokens, next + 1) ??
        (tokens[next + 1]?.type === 'num' ? { value: parseNumeral(tokens[next + 1]!.text) ?? 0, end: next + 2 } : null);
      if (whole && whole.value > count) return { value: (100 * count) / whole.value, end: whole.end, percent: true };
      return null;
    }
  }
  const fraction = FRACTIONS[wordAt(tokens, next)];
  if (fraction === undefined || !['of', 'the'].includes(wordAt(tokens, next + 1))) return null;
  return { value: count * fraction, end: next + 1, percent: true };
}

/** "dozens", "thousands", "tens of thousands", "several hundred", "a few thousand". */
function readVague(tokens: Token[], index: number): Amount | null {
  const word = wordAt(tokens, index);
  if ((word === 'tens' || word === 'hundreds') && wordAt(tokens, index + 1) === 'of' && VAGUE_AMOUNTS.has(wordAt(tokens, index + 2))) {
    return { vague: `${word} of ${wordAt(tokens, index + 2)}`, end: index + 3 };
  }
  if (VAGUE_AMOUNTS.has(word) && word !== 'scores') return { vague: word, end: index + 1 };
  const lead = matchPhrase(tokens, index, [['several'], ['a', 'few'], ['many'], ['a', 'couple', 'of']]);
  if (lead && ['dozen', 'hundred', 'thousand', 'million', 'billion'].includes(wordAt(tokens, lead.end))) {
    return { vague: `${lead.phrase} ${wordAt(tokens, lead.end)}`, end: lead.end + 1 };
  }
  return null;
}

function readAmount(tokens: Token[], index: number): Amount | null {
  const currency = readCurrencyPrefix(tokens, index);
  if (currency) {
    const number = readNumber(tokens, currency.end, true);
    return number && { ...number, currency: currency.currency };
  }
  return readFraction(tokens, index) ?? readVague(tokens, index) ?? readNumber(tokens, index, false);
}

/** Percent signs and currency names after an amount. */
function readSuffix(tokens: Token[], amount: Amount): Amount {
  const { end } = amount;
  const word = wordAt(tokens, end);
  if (symAt(tokens, end) === '%' || word === 'percent' || word === 'pc') return { ...amount, percent: true, end: end + 1 };
  if (word === 'per' && wordAt(tokens, end + 1) === 'cent') return { ...amount, percent: true, end: end + 2 };
  if (word === 'percentage' && ['point', 'points'].includes(wordAt(tokens, end + 1)))
    return { ...amount, percent: true, points: true, end: end + 2 };
  if (!amount.currency && !amount.percent) {
    const large = amount.scale !== undefined || (amount.value ?? 0) >= 1000;
    const named = readCurrencyName(tokens, end, large);
    if (named) return { ...amount, currency: named.currency, end: named.end };
    const token = tokens[end];
    if (token?.type === 'word' && CURRENCY_CODES.has(token.text)) return { ...amount, currency: token.text, end: end + 1 };
  }
  return amount;
}

/** An amount with its hedge, range, unit or counted noun, starting at tokens[index]. */
export function matchQuantity(tokens: Token[], index: number): FigureMatch | null {
  const hedge = matchPhrase(tokens, index, QUALIFIERS);
  if (hedge) {
    const hedged = matchUnhedged(tokens, hedge.end, hedge.phrase);
    if (hedged) return hedged;
    if (['between', 'from'].includes(hedge.phrase)) return null;
  }
  return matchUnhedged(tokens, index, undefined);
}

function matchUnhedged(tokens: Token[], index: number, hedge: string | undefined): FigureMatch | null {
  const read = readAmount(tokens, index);
  if (!read) return null;
  let amount = readSuffix(tokens, read);
  const isRangeHedge = hedge === 'between' || hedge === 'from';
  // Ranges: "200-300", "200 to 300", "between 200 and 300", "$200-300 million"
  let upper: Amount | null = null;
  const joiner = tokens[amount.end];
  const joins =
    joiner &&
    ((DASHES.has(joiner.text) && joiner.text !== '—') || joiner.lower === 'to' || (hedge === 'between' && joiner.lower === 'and'));
  if (joins && amount.value !== undefined) {
    const second = readAmount(tokens, amount.end + 1);
    if (second?.value !== undefined && (second.currency === undefined || second.currency === amount.currency)) {
      upper = readSuffix(tokens, { ...second, currency: second.currency ?? amount.currency });
      // "$200-300 million": the scale of the upper bound applies to both
      if (upper.scale && !amount.scale) amount = { ...amount, value: amount.value * upper.scale };
      amount = {
        ...amount,
        percent: amount.percent || upper.percent,
        points: amount.points || upper.points,
        currency: amount.currency ?? upper.currency,
        end: upper.end,
      };
    }
  }
  if (isRangeHedge && !upper) return null;
  const unit = readUnit(tokens, amount);
  const end = unit?.end ?? amount.end;
  if (!isWorthFlagging(tokens, index, read, amount, unit, hedge)) return null;
  return { end, value: figureValue(amount, upper, unit?.unit, hedge) };
}

/** A unit of measure or a counted noun after the amount. */
function readUnit(tokens: Token[], amount: Amount): { unit: string; end: number } | null {
  if (amount.percent) return { unit: amount.points ? 'percentage points' : '%', end: amount.end };
  if (amount.currency) return null;
  const token = tokens[amount.end];
  if (token?.type === 'word' && token.lower in UNITS && (token.glued || token.lower.length > 1 || token.text === '%')) {
    return { unit: UNITS[token.lower]!, end: amount.end + 1 };
  }
  if (token?.type === 'sym' && token.text === '°') return { unit: 'degrees', end: amount.end + 1 };
  // "20-year", "three-day"
  if (token && DASHES.has(token.text) && token.glued && tokens[amount.end + 1]?.glued && tokens[amount.end + 1]?.type === 'word') {
    const word = tokens[amount.end + 1]!.lower;
    return { unit: UNITS[word] ?? word, end: amount.end + 2 };
  }
  const noun = readCountedNoun(tokens, amount.end, { singular: amount.value === 1, afterOf: amount.vague !== undefined });
  return noun ? { unit: noun.noun, end: noun.end } : null;
}

/** Leaves out "one" as a pronoun ("one of the"), and "the two" that points back to something named. */
function isWorthFlagging(
  tokens: Token[],
  index: number,
  read: Amount,
  amount: Amount,
  unit: { unit: string } | null,
  hedge: string | undefined,
) {
  if (!read.inWords || amount.currency || amount.percent || hedge) return true;
  if (read.value === 1 && read.end === index + 1) return false;
  if (read.value !== undefined && read.value <= 2 && ['the', 'these', 'those'].includes(wordAt(tokens, index - 1))) return false;
  return unit !== null || read.value === undefined || read.value >= 3;
}

function figureValue(amount: Amount, upper: Amount | null, unit: string | undefined, hedge: string | undefined): FigureValue {
  const kind = amount.currency ? 'money' : amount.percent ? 'percent' : 'number';
  const value: FigureValue = { kind };
  if (upper) {
    value.min = amount.value;
    value.max = upper.value;
  } else if (amount.value !== undefined) value.value = amount.value;
  if (unit) value.unit = unit;
  if (amount.currency) value.currency = amount.currency;
  const qualifier = [hedge, amount.vague].filter(Boolean).join(' ');
  if (qualifier) value.qualifier = qualifier;
  return value;
}
