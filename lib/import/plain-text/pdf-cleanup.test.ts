// PDF copies' hard cases, on composed texts: one rule per test.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from './parse-plain-text';

const texts = (raw: string) => parsePlainText(raw).blocks.map((block) => block.text);

// Three pages of a report, with a running header that carries the page number and a footer.
const page = (number: number, body: string) => `NATIONAL AUDIT AGENCY   ${number}\n\n${body}\n\nPage ${number} of 3`;
const report = [
  page(1, 'The agency reviewed 412 contracts signed between 2019 and 2023, and found that the\nministry had not published'),
  page(
    2,
    'the award criteria for 96 of them, contrary to the procurement law in force at the time.\n\nA second finding concerns the\nregional offices.',
  ),
  page(3, 'Their budgets rose by 18% in two years.'),
].join('\f');

describe('parsePlainText on PDF copies', () => {
  it('removes running headers and page footers and re-joins the paragraph they cut', () => {
    const blocks = texts(report);
    expect(blocks.join('\n')).not.toMatch(/NATIONAL AUDIT AGENCY|Page \d of 3/);
    expect(blocks).toContain(
      'The agency reviewed 412 contracts signed between 2019 and 2023, and found that the ministry had not published the award criteria for 96 of them, contrary to the procurement law in force at the time.',
    );
    expect(parsePlainText(report).blocks.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('recognises a header repeated at page breaks marked only by page numbers', () => {
    const raw = [
      'Annual Review 2024',
      '',
      'Spending on roads reached 2.1 billion in the year, the highest',
      '',
      '14',
      '',
      'Annual Review 2024',
      '',
      'figure since records began.',
      '',
      '15',
      '',
      'Annual Review 2024',
      '',
      'Bridges took the rest.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      'Spending on roads reached 2.1 billion in the year, the highest figure since records began.',
      'Bridges took the rest.',
    ]);
  });

  it('keeps a line that merely repeats in the text', () => {
    const raw = ['Key point', 'First.', '', 'Key point', 'Second.', '', 'Key point', 'Third.'].join('\n');
    expect(texts(raw).join(' ')).toContain('Key point');
  });

  it('re-joins words split by a line-end hyphen, and keeps the hyphen of real compounds', () => {
    const raw = [
      'The reform of manage-',
      'ment structures required new infra-',
      'structure and a sanctions-',
      'based approach, as the sanctions-based regime of 2017 and the long-',
      'term plan had shown; anti-',
      'American sentiment and the 2020-',
      '21 budget were noted.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      'The reform of management structures required new infrastructure and a sanctions-based approach, as the sanctions-based regime of 2017 and the long-term plan had shown; anti-American sentiment and the 2020-21 budget were noted.',
    ]);
  });

  it('prefers the unhyphenated word when the text uses it elsewhere', () => {
    const raw = 'Online co-\noperation grew, and cooperation with partners followed.';
    expect(texts(raw)).toEqual(['Online cooperation grew, and cooperation with partners followed.']);
  });

  it('detaches footnote markers and gathers the notes at the end', () => {
    const raw = [
      'The figures come from the ministry’s own authority.1 They were revised twice,2 and the',
      'second revision cut them by 8%.',
      '',
      '1 Ministry of Defence, Annual Report 2023, p. 14.',
      '2 Statement to parliament, 3 May 2024.',
      '\f',
      'The remaining contracts were audited in 2024.³',
      '',
      '3 Audit office, press release.',
    ].join('\n');
    expect(texts(raw)).toEqual([
      'The figures come from the ministry’s own authority.[1] They were revised twice,[2] and the second revision cut them by 8%.',
      'The remaining contracts were audited in 2024.[3]',
      'Notes',
      '[1] Ministry of Defence, Annual Report 2023, p. 14.',
      '[2] Statement to parliament, 3 May 2024.',
      '[3] Audit office, press release.',
    ]);
    expect(parsePlainText(raw).blocks.at(-4)).toEqual({ type: 'heading', text: 'Notes' });
  });

  it('leaves numbers that are not footnotes alone', () => {
    const raw = 'Growth was 3.5 in 2023. Article 5.2 applies, and G7 members agreed.\n\n12 Countries signed.';
    expect(texts(raw)).toEqual(['Growth was 3.5 in 2023. Article 5.2 applies, and G7 members agreed.', '12 Countries signed.']);
  });

  it('takes a byline and a date at the top into the document details', () => {
    const parsed = parsePlainText(
      'Budget Cuts Hit Rural Schools\n\nBy Jane Doe and Ali Khan\n\nMarch 3, 2024\n\nThe ministry cut 1,200 posts.',
    );
    expect(parsed.title).toBe('Budget Cuts Hit Rural Schools');
    expect(parsed.byline).toBe('Jane Doe and Ali Khan');
    expect(parsed.publishedAt?.toISOString()).toBe('2024-03-03T00:00:00.000Z');
    expect(parsed.blocks.map((block) => block.text)).toEqual(['The ministry cut 1,200 posts.']);
  });

  it('reads a byline and a date on one line, and a date alone', () => {
    const both = parsePlainText('By Maria Rossi | Updated 14 February 2025, 10:30 GMT\n\nThe port handled 3 million containers.');
    expect([both.byline, both.publishedAt?.toISOString().slice(0, 10)]).toEqual(['Maria Rossi', '2025-02-14']);
    const comma = parsePlainText('By Jane Doe, March 3, 2024\n\nThe ministry cut 1,200 posts.');
    expect([comma.byline, comma.publishedAt?.toISOString().slice(0, 10)]).toEqual(['Jane Doe', '2024-03-03']);
    const dated = parsePlainText('2024-11-05\n\nTurnout was 64%.');
    expect([dated.byline, dated.publishedAt?.toISOString().slice(0, 10), dated.blocks.length]).toEqual([null, '2024-11-05', 1]);
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const parsed = parsePlainText('By 2030, the plan will cost 4 billion euros.\n\nOfficials disagree.');
    expect(parsed.byline).toBeNull();
    expect(parsed.blocks).toHaveLength(2);
  });
});
