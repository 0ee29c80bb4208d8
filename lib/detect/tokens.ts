// Splits text into numbers, words and single symbols, keeping exact offsets. Figures are
// matched over these tokens; `glued` says no whitespace separates a token from the previous one.

export type TokenType = 'num' | 'word' | 'sym';

export type Token = {
  type: TokenType;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Directly attached to the previous token ("3.2" + "m", "COVID" + "-" + "19"). */
  glued: boolean;
  /** A blank line (paragraph break) lies between this token and the previous one. */
  afterBreak: boolean;
};

// A number: digits with inner separators, each followed by a digit ("16,500", "1.5", "1.2.3").
// A word: letters, with inner apostrophes ("Korea’s", "don't"). Anything else: one symbol.
const TOKEN = /(\d+(?:[.,:]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const gap = text.slice(previousEnd, start);
    tokens.push({
      type: match[1] ? 'num' : match[2] ? 'word' : 'sym',
      text: value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      glued: tokens.length > 0 && gap.length === 0,
      afterBreak: /\n[^\S\n]*\n/.test(gap),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}
