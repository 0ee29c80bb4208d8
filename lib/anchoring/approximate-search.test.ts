import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { approximateSearch } from './approximate-search';

/** A deterministic pseudo-random string over `alphabet`. */
function randomText(length: number, alphabet: string, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

describe('approximateSearch', () => {
  it('finds the same matches as approx-string-match when there are few', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomText(200 + (seed % 7) * 40, 'abcd efg', seed);
      const at = seed % 150;
      const pattern = text.slice(at, at + 5 + (seed % 70)).replace(/a/g, 'b');
      const maxErrors = seed % 9;
      expect(approximateSearch(text, pattern, maxErrors, Infinity)).toEqual(search(text, pattern, maxErrors));
    }
  });

  it('gives up (null) past the cap on matches, quickly, where every position matches', () => {
    const started = performance.now();
    expect(approximateSearch('a'.repeat(100_000), `${'a'.repeat(999)}b`, 100, 1000)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
