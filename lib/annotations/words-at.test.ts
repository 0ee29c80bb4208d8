import { describe, expect, it } from 'vitest';
import { wordsAt } from './words-at';

describe('wordsAt', () => {
  it('gives the words an anchor covers, and null for an orphan or a place outside the text', () => {
    expect(wordsAt('over 16,500 containers', { start: 5, end: 11 })).toBe('16,500');
    expect(wordsAt('over 16,500 containers', { start: null, end: null })).toBeNull();
    expect(wordsAt('short', { start: 2, end: 40 })).toBeNull();
    expect(wordsAt('short', { start: 3, end: 3 })).toBeNull();
    expect(wordsAt('short', undefined)).toBeNull();
  });
});
