// Small readers over a token list, shared by the figure matchers.
import type { Token } from './tokens';

/** Lower-cased word at `index`, or '' when that token is not a word. */
export const wordAt = (tokens: Token[], index: number) => (tokens[index]?.type === 'word' ? tokens[index]!.lower : '');

export const symAt = (tokens: Token[], index: number) => (tokens[index]?.type === 'sym' ? tokens[index]!.text : '');

export const isCapitalised = (token: Token | undefined) => token?.type === 'word' && /^\p{Lu}/u.test(token.text);

/** Does tokens[index] sit directly on the previous token (no space)? */
export const isGlued = (tokens: Token[], index: number) => tokens[index]?.glued === true;

/** Dashes that join ranges and compounds. */
export const DASHES = new Set(['-', '–', '—', '‐', '‑']);

/** The index after an optional glued full stop ("Sept." "No."). */
export const skipGluedDot = (tokens: Token[], index: number) =>
  symAt(tokens, index) === '.' && isGlued(tokens, index) ? index + 1 : index;

/** Matches lower-cased word sequences at `index`; returns the index after the longest match. */
export function matchPhrase(tokens: Token[], index: number, phrases: string[][]): { phrase: string; end: number } | null {
  for (const phrase of phrases) {
    if (phrase.every((word, offset) => wordAt(tokens, index + offset) === word)) {
      return { phrase: phrase.join(' '), end: index + phrase.length };
    }
  }
  return null;
}
