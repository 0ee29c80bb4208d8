import { describe, expect, it } from 'vitest';
import { diffTexts, MAX_DIFF_EDITS, TOO_DIFFERENT_MESSAGE, trimToChanges } from './text-diff';

describe('diffTexts', () => {
  it('shows a corrected word as removed and added, and counts words', () => {
    const { segments, added, removed } = diffTexts(
      'By the time of Kim Jong II’s death in 2011.',
      'By the time of Kim Jong Il’s death in 2011.',
    );
    expect(segments.filter((segment) => segment.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'II' },
      { kind: 'added', text: 'Il' },
    ]);
    expect({ added, removed }).toEqual({ added: 1, removed: 1 });
  });

  it('reports no change for identical texts', () => {
    expect(diffTexts('Same text.', 'Same text.')).toEqual({
      segments: [{ kind: 'same', text: 'Same text.' }],
      added: 0,
      removed: 0,
      comparable: true,
    });
  });

  /** `count` distinct words, each made from its number and a seed. */
  const wordsOf = (count: number, seed: string) => Array.from({ length: count }, (_, index) => `${seed}${index.toString(36)}`).join(' ');

  it('says two texts are too different to compare past the edit cap, instead of searching for a minute', () => {
    expect(diffTexts(wordsOf(8000, 'a'), wordsOf(8000, 'b'))).toEqual({
      segments: [{ kind: 'too-different', text: TOO_DIFFERENT_MESSAGE }],
      added: 0,
      removed: 0,
      comparable: false,
    });
  });

  it('still compares a long text with a few hundred words changed', () => {
    const before = wordsOf(20_000, 'w').split(' ');
    const after = before.map((word, index) => (index % 50 === 0 ? 'changed' : word));
    const diff = diffTexts(before.join(' '), after.join(' '));
    expect(diff).toMatchObject({ comparable: true, added: 400, removed: 400 });
    expect(MAX_DIFF_EDITS).toBeGreaterThan(400 * 2);
  });
});

describe('trimToChanges', () => {
  it('keeps context around changes and replaces long unchanged stretches by a gap', () => {
    const long = 'unchanged words '.repeat(100);
    const { segments } = diffTexts(`${long}old ending.`, `${long}new ending.`);
    const trimmed = trimToChanges(segments, 20);
    expect(trimmed[0]).toEqual({ kind: 'gap' });
    expect(trimmed.find((segment) => segment.kind === 'removed')).toEqual({ kind: 'removed', text: 'old' });
    const shown = trimmed.map((segment) => ('text' in segment ? segment.text : '')).join('');
    expect(shown.length).toBeLessThan(60);
  });
});
