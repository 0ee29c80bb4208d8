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

  it('carries the words of a paragraph merged into its edited neighbour through the stretch they sit in', () => {
    const first = `${report(2004, 1035, 12)} ${report(2005, 1042, 19)} ${report(2006, 1049, 26)}`;
    const second = 'Officials said the tally was checked twice.';
    const before = paragraphs('Opening.', first, second, 'Closing.');
    // The short paragraph joins the end of the long one, which is edited too: the long one keeps
    // the pairing, and the short one has no partner of its own.
    const merged = `${first.replace('annual', 'yearly')} Officials said the tally was checked once.`;
    const after = paragraphs('Opening.', merged, 'Closing.');
    const map = mapText(before, after);
    expect(map.place(before.indexOf('tally'), 'forward')).toBe(after.indexOf('tally'));
    expect(map.place(before.indexOf('twice'), 'forward')).toBe(after.indexOf('once'));
  });

  it('compares a paragraph that received more sentences than a paragraph’s word diff allows', () => {
    const sentences = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => report(from + index, 1000 + index * 7, index)).join(' ');
    const before = paragraphs('Opening.', `${sentences(2000, 40)} Closing words of the paragraph.`, 'Closing.');
    // 20 sentences (over 400 words and spaces) inserted before the paragraph's last sentence: still its partner.
    const after = paragraphs('Opening.', `${sentences(2000, 40)} ${sentences(1950, 20)} Closing words of the paragraph.`, 'Closing.');
    const map = mapText(before, after);
    expect(map.place(before.indexOf('Closing words'), 'forward')).toBe(after.indexOf('Closing words'));
  });

  it('stops comparing stretches once rewritten ones have spent the work bound', () => {
    // Ten sections whose bodies were rewritten word for word: each a stretch diffed at length.
    const body = (label: string, section: number) => Array.from({ length: 300 }, (_, index) => `${label}${section}x${index}`).join(' ');
    const sections = (label: string) => Array.from({ length: 10 }, (_, index) => paragraphs(`Section ${index}.`, body(label, index)));
    const tail = report(2004, 1035, 12);
    const before = paragraphs(...sections('old'), tail, 'Officials said the tally was checked twice.', 'Closing.');
    const after = paragraphs(
      ...sections('new'),
      `${tail.replace('annual', 'yearly')} Officials said the tally was checked once.`,
      'Closing.',
    );
    // The merged paragraph at the end is carried when it comes first (see above), not after them.
    expect(mapText(before, after).place(before.indexOf('tally'), 'forward')).toBeNull();
  });
});
