import { describe as group, expect, it } from 'vitest';
import { mapText } from './text-map';

const paragraphs = (...texts: string[]) => texts.join('\n\n');
const report = (year: number, count: number, worth: number) =>
  `In ${year}, the ministry reported ${count} new contracts worth ${worth} million euros, according to its annual review.`;

group('mapText', () => {
  it('pairs an edited paragraph that swapped places with its look-alike by their figures, not by their order', () => {
    const first = report(2004, 1035, 12);
    const second = report(2005, 1042, 19);
    const before = paragraphs('Opening.', first, 'Middle section.', second, 'Closing.');
    // Both paragraphs edited and swapped: each hunk between unchanged paragraphs holds the other's look-alike.
    const firstEdited = `${first} Officials disputed the count.`;
    const secondEdited = second.replace('annual', 'yearly');
    const after = paragraphs('Opening.', secondEdited, 'Middle section.', firstEdited, 'Closing.');
    const map = mapText(before, after);
    const figure = before.indexOf('1035');
    expect(map.place(figure, 'forward')).toBe(after.indexOf('1035'));
    expect(map.place(before.indexOf('1042'), 'forward')).toBe(after.indexOf('1042'));
  });
});
