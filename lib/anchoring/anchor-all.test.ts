import { describe as group, expect, it } from 'vitest';
import { anchorAll, describe } from './index';

const paragraphs = (...texts: string[]) => texts.join('\n\n');
const place = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return describe(text, start, start + words.length);
};
const wordsAt = (text: string, range: { start: number; end: number } | null | undefined) =>
  range ? text.slice(range.start, range.end) : null;

// Near-duplicate paragraphs: the same sentence, the same context, thousands of characters apart.
const filler = (label: string) => `${label} `.repeat(600).trim();
const twin = 'In 2004, the ministry reported 1,035 new contracts with regional suppliers.';

group('anchorAll', () => {
  it('gives the old places when the text did not change', () => {
    const text = paragraphs('One sentence here.', 'Another one there.');
    expect(anchorAll(text, text, [place(text, 'Another one')])).toEqual([{ start: 20, end: 31 }]);
  });

  it('follows a paragraph moved past a near-duplicate copy of itself', () => {
    const before = paragraphs('Alpha section.', twin, filler('north'), 'Beta section.', twin, filler('south'));
    const second = before.indexOf(twin, before.indexOf(twin) + 1);
    const selectors = place(before, '1,035 new contracts', second);
    // The second section moves to the top; both copies keep the same words and context.
    const after = paragraphs('Beta section.', twin, filler('south'), 'Alpha section.', twin, filler('north'));
    const [found] = anchorAll(before, after, [selectors]);
    expect(found).not.toBeNull();
    expect(wordsAt(after, found!)).toBe('1,035 new contracts');
    // The copy that moved is the one under "Beta section." (now first).
    expect(found!.start).toBeLessThan(after.indexOf('Alpha section.'));
  });

  it('keeps a passage whose middle received a sentence', () => {
    const before = paragraphs('Intro.', 'The agency hired 400 staff. It opened six offices in 2021. Nothing else changed.');
    const after = paragraphs(
      'Intro.',
      'The agency hired 400 staff. A new sentence arrives here. It opened six offices in 2021. Nothing else changed.',
    );
    const [found] = anchorAll(before, after, [place(before, 'hired 400 staff. It opened six offices')]);
    expect(wordsAt(after, found)).toBe('hired 400 staff. A new sentence arrives here. It opened six offices');
  });

  it('keeps a passage whose middle received a sentence ending in a line break', () => {
    // A sentence copied from the end of a paragraph brings its line break: "staff.\nIt" is still "staff. It".
    const before = paragraphs('Intro.', 'The agency hired 400 staff. It opened six offices in 2021. Nothing else changed.');
    const inserted = 'Several other public bodies across the region also hired many more staff.\n';
    const after = paragraphs('Intro.', `The agency hired 400 staff. ${inserted}It opened six offices in 2021. Nothing else changed.`);
    const [found] = anchorAll(before, after, [place(before, 'hired 400 staff. It opened')]);
    expect(wordsAt(after, found)).toBe(`hired 400 staff. ${inserted}It opened`);
  });

  it('keeps a moved passage whose context is whole over a look-alike near its old place', () => {
    // Two sentences that differ by one figure; the annotated one moves thousands of characters away.
    const marked = 'In 2023, the ministry reported 6761 new contracts worth 13 million euros.';
    const lookAlike = 'In 2023, the ministry reported 6771 new contracts worth 13 million euros.';
    const before = paragraphs(marked, filler('north'), lookAlike, filler('south'));
    const after = paragraphs(lookAlike, filler('north'), filler('south'), marked, filler('north'));
    const [found] = anchorAll(before, after, [place(before, 'contracts')]);
    expect(found).toEqual({
      start: after.indexOf('contracts', after.indexOf(marked)),
      end: after.indexOf('contracts', after.indexOf(marked)) + 9,
    });
  });

  it('moves an edge carried to an inserted look-alike on to the passage’s own words, beside its own figures', () => {
    const before = paragraphs(
      'Intro.',
      'In 2000, the ministry reported 3800 new contracts. In 2001, the ministry reported 3807 new contracts. In 2002, the ministry reported 3814 new contracts.',
    );
    // Inserted inside the passage: a sentence that begins with the passage's last words.
    const inserted = 'In 2012, the ministry reported 1784 new contracts.\nIn 2001, the ministry reported 27957 new contracts. ';
    const after = before.replace('In 2001, the ministry reported 3807', `${inserted}In 2001, the ministry reported 3807`);
    const [found] = anchorAll(before, after, [place(before, 'reported 3800 new contracts. In 2001, the ministry reported')]);
    expect(wordsAt(after, found)).toBe(`reported 3800 new contracts. ${inserted}In 2001, the ministry reported`);
  });

  it('keeps the surviving words of a passage whose last sentence was deleted, judged by its other edge', () => {
    const report = (year: number, count: number, worth: number) =>
      `In ${year}, the ministry reported ${count} new contracts worth ${worth} million euros, according to its annual review.`;
    const before = paragraphs(
      'Intro.',
      [report(2012, 31352, 16), report(2013, 31359, 17), report(2014, 31366, 18), report(2015, 31373, 19)].join(' '),
    );
    // The sentence the passage ends in is deleted: the figures after its new end are another sentence's.
    const after = before.replace(`${report(2014, 31366, 18)} `, '');
    const [found] = anchorAll(before, after, [
      place(before, '31359 new contracts worth 17 million euros, according to its annual review. In 2014, the ministry reported 31366'),
    ]);
    expect(wordsAt(after, found)).toBe('31359 new contracts worth 17 million euros, according to its annual review.');
  });

  it('shrinks to the surviving words when words at the edge were deleted, never into a neighbour', () => {
    const before = paragraphs('Intro.', 'Officials said roughly 16,500 containers were shipped last year.');
    const after = paragraphs('Intro.', 'Officials said 16,500 containers were shipped last year.');
    const [found] = anchorAll(before, after, [place(before, 'roughly 16,500 containers')]);
    expect(wordsAt(after, found)).toBe('16,500 containers');
  });

  it('keeps a passage that lost a figure in its middle, its edges and neighbouring figures its own', () => {
    const sentence = (year: number) =>
      `In ${year}, the ministry reported ${year * 7} new contracts worth ${year - 1990} million euros, according to its annual review.`;
    const report = Array.from({ length: 12 }, (_, at) => sentence(2000 + at)).join(' ');
    const before = paragraphs('Intro.', report, 'Closing.');
    const passage = 'million euros, according to its annual review. In 2006, the ministry reported 14042 new contracts worth 16 million';
    const after = before.replace('reported 14042 new', 'reported new');
    const [found] = anchorAll(before, after, [place(before, passage)]);
    expect(wordsAt(after, found)).toBe(passage.replace('14042 ', ''));
  });

  it('keeps a short passage carried unchanged beside its own figures though a word of its context changed', () => {
    const sentence = (year: number) => `In ${year}, the ministry reported ${year * 7} new contracts worth ${year - 1990} million euros.`;
    const report = Array.from({ length: 12 }, (_, at) => sentence(2000 + at)).join(' ');
    const before = paragraphs('Intro.', report, 'Closing.');
    const at = before.indexOf('the ministry reported 14042');
    const after = before.replace('reported 14042 new contracts', 'reported 14042 new sanctions contracts');
    const [found] = anchorAll(before, after, [describe(before, at, at + 'the ministry'.length)]);
    expect(found).toEqual({ start: at, end: at + 'the ministry'.length });
  });

  it('takes in a word swapped at the edge', () => {
    const before = paragraphs('Intro.', 'The ministry reported 1,035 new contracts in total.');
    const after = paragraphs('Intro.', 'The ministry announced 1,035 new contracts in total.');
    const [found] = anchorAll(before, after, [place(before, 'reported 1,035 new contracts')]);
    expect(wordsAt(after, found)).toBe('announced 1,035 new contracts');
  });

  it('does not carry a figure to another number', () => {
    const before = paragraphs('Intro.', 'The ministry reported 1,035 new contracts in total.');
    const after = paragraphs('Intro.', 'The ministry reported 7,200 new contracts in total.');
    expect(anchorAll(before, after, [place(before, '1,035')])).toEqual([null]);
  });

  it('finds a passage the diff cannot follow, as anchor alone would', () => {
    const before = paragraphs('A paragraph about the budget of 2023 and its many lines.', 'Second paragraph that will move and change.');
    const after = paragraphs('Second paragraph that will move and change slightly.', 'A brand new opening paragraph.');
    const [found] = anchorAll(before, after, [place(before, 'Second paragraph that will move')]);
    expect(wordsAt(after, found)).toBe('Second paragraph that will move');
  });

  it('answers one entry per selectors, in order, null when the words are gone', () => {
    const before = paragraphs('First claim about 12 schools.', 'Second claim about 40 bridges.');
    const after = paragraphs('Second claim about 40 bridges.');
    const found = anchorAll(before, after, [place(before, 'about 12 schools'), place(before, 'about 40 bridges')]);
    expect(found.map((range) => wordsAt(after, range))).toEqual([null, 'about 40 bridges']);
  });

  it('follows 1,400 paragraphs whose two halves swapped places, one of them edited', () => {
    const section = (label: string) => Array.from({ length: 700 }, (_, index) => `${label} paragraph ${index} reports ${index * 7} cases.`);
    const before = paragraphs(...section('North'), ...section('South'));
    const editOne = (text: string) => (text.startsWith('North paragraph 350 ') ? text.replace('reports', 'counts') : text);
    const after = paragraphs(...section('South'), ...section('North').map(editOne));
    const [moved, edited] = anchorAll(before, after, [
      place(before, 'South paragraph 350 reports 2450 cases'),
      place(before, 'North paragraph 350 reports 2450'),
    ]);
    expect(wordsAt(after, moved)).toBe('South paragraph 350 reports 2450 cases');
    expect(moved!.start).toBe(after.indexOf('South paragraph 350 reports'));
    expect(wordsAt(after, edited)).toBe('North paragraph 350 counts 2450');
  });

  it('keeps a mark on its own copy when thousands of identical paragraphs move', () => {
    const copies = (text: string) => Array.from({ length: 5000 }, () => text);
    const before = paragraphs(...copies('Twelve schools closed.'), ...copies('Forty bridges opened.'));
    const after = paragraphs(...copies('Forty bridges opened.'), ...copies('Twelve schools closed.'));
    const copyAt = (text: string, words: string, nth: number) => {
      let at = -1;
      for (let seen = 0; seen <= nth; seen++) at = text.indexOf(words, at + 1);
      return at;
    };
    const start = copyAt(before, 'Twelve schools', 2500);
    const [found] = anchorAll(before, after, [describe(before, start, start + 'Twelve schools'.length)]);
    expect(wordsAt(after, found)).toBe('Twelve schools');
    // The 2,500th copy of its block, in the block's new place.
    expect(found!.start).toBe(copyAt(after, 'Twelve schools', 2500));
  });
});
