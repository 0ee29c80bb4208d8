import { describe as group, expect, it } from 'vitest';
import { WorkBudget, wordSegments } from './word-segments';

const changed = (before: string, segments: ReturnType<typeof wordSegments>) =>
  (segments ?? []).filter((segment) => segment.kind === 'removed').map((segment) => before.slice(segment.oldStart, segment.oldEnd));

group('wordSegments', () => {
  it('slides a deleted sentence to its own start and end rather than a neighbour’s first word', () => {
    // The word diff alone deletes "2013 the count fell to 40. In", keeping the deleted sentence's "In".
    const before = 'It rose. In 2013 the count fell to 40. In 2014 the count rose.';
    const after = 'It rose. In 2014 the count rose.';
    expect(changed(before, wordSegments(before, after, 400))).toEqual(['In 2013 the count fell to 40. ']);
  });
});

group('WorkBudget', () => {
  it('stops diffing once hostile input has spent it, whatever is left to compare', () => {
    // 20,000 characters of different words on each side: the diff needs thousands of edits.
    const before = Array.from({ length: 2000 }, (_, index) => `a${index}`).join(' ');
    const after = Array.from({ length: 2000 }, (_, index) => `b${index}`).join(' ');
    const budget = new WorkBudget(8_000_000);
    expect(budget.segments(before, after)).toBeNull();
    // The failed diff spent its allowance: a paragraph with one word changed is no longer compared.
    const paragraph = 'one two three four five six seven eight nine ten '.repeat(10);
    const edited = paragraph.replace('seven', 'eleven');
    expect(budget.segments(paragraph, edited)).toBeNull();
    expect(new WorkBudget(8_000_000).segments(paragraph, edited)).not.toBeNull();
  });
});
