// detectFigures: every amount, percentage, sum of money and date in a text, with its value.
import { matchDate } from './dates';
import { CURRENCY_CODES, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './currencies';
import { DATE_QUALIFIERS, MONTHS, QUALIFIERS, SEASONS, SMALL_NUMBERS, TENS, VAGUE_AMOUNTS, WEEKDAYS } from './lexicon';
import { findMasks } from './masks';
import type { FigureMatch } from './match';
import { matchQuantity } from './quantities';
import { matchTime } from './times';
import { tokenize, type Token } from './tokens';
import type { Figure } from './types';

/** Words a figure can begin with; the matchers are tried only there (and at digits and currency signs). */
const FIRST_WORDS = new Set([
  ...QUALIFIERS.map((phrase) => phrase[0]!),
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(TENS),
  ...Object.keys(MONTHS),
  ...WEEKDAYS,
  ...SEASONS,
  ...DATE_QUALIFIERS,
  ...VAGUE_AMOUNTS,
  ...Object.keys(DOLLAR_PREFIXES),
  ...[...CURRENCY_PREFIX_WORDS].map((word) => word.toLowerCase()),
  'a',
  'half',
  'tens',
  'several',
  'many',
]);

function canStartFigure(token: Token): boolean {
  if (token.type === 'num') return true;
  if (token.type === 'sym') return token.text in CURRENCY_SYMBOLS;
  return FIRST_WORDS.has(token.lower) || CURRENCY_CODES.has(token.text);
}

/** Runs the matchers over one paragraph's tokens, left to right, longest figure first. */
function scanParagraph(tokens: Token[], found: (tokens: Token[], first: number, match: FigureMatch) => void) {
  let index = 0;
  while (index < tokens.length) {
    if (!canStartFigure(tokens[index]!)) {
      index++;
      continue;
    }
    const match = matchDate(tokens, index) ?? matchTime(tokens, index) ?? matchQuantity(tokens, index);
    if (match && match.end > index) {
      found(tokens, index, match);
      index = match.end;
    } else index++;
  }
}

/** Splits tokens at blank lines: no figure runs across a paragraph break. */
function paragraphs(tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.afterBreak && current.length) {
      result.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length) result.push(current);
  return result;
}

/** Tokens outside web addresses, email addresses and phone numbers, which hold no figures. */
function unmaskedRuns(text: string): Token[][] {
  const masks = findMasks(text);
  const tokens = tokenize(text);
  if (!masks.length) return paragraphs(tokens);
  const runs: Token[][] = [];
  let run: Token[] = [];
  let maskIndex = 0;
  for (const token of tokens) {
    while (maskIndex < masks.length && masks[maskIndex]!.end <= token.start) maskIndex++;
    const mask = masks[maskIndex];
    if (mask && token.end > mask.start && token.start < mask.end) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(token);
  }
  if (run.length) runs.push(run);
  return runs.flatMap(paragraphs);
}

export function detectFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const run of unmaskedRuns(text)) {
    scanParagraph(run, (tokens, first, match) => {
      const start = tokens[first]!.start;
      const end = tokens[match.end - 1]!.end;
      const parsed = match.value;
      const unit = parsed.currency ?? parsed.unit;
      figures.push({
        start,
        end,
        text: text.slice(start, end),
        ...(parsed.value !== undefined && parsed.kind !== 'date' ? { value: parsed.value } : {}),
        ...(unit !== undefined && parsed.kind !== 'date' ? { unit } : {}),
        kind: parsed.kind,
        parsed,
      });
    });
  }
  return figures;
}
