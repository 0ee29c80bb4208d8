import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsv, toCsvRow } from './csv';
import { collect, pagesOf, sampleClaim, sampleContext } from './sample-claims';

describe('formatCsv', () => {
  const claims = [
    sampleClaim(1),
    sampleClaim(2, {
      statement: 'A statement with "quotes", commas,\nand a line break',
      verdict: null,
      rationale: null,
      sources: [],
      reviewer: null,
      reviewedAt: null,
      figure: null,
    }),
    sampleClaim(3, { statement: '=SUM(A1:A2) and ünïcödé — “typographic” quotes' }),
  ];

  it('writes a header and one row per claim that csv-parse reads back to the same rows', async () => {
    const text = await collect(formatCsv(pagesOf(claims), sampleContext));
    const records: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(Object.keys(records[0]!)).toEqual(CSV_COLUMNS.map(([, header]) => header));
    expect(records).toHaveLength(3);
    records.forEach((record, index) => {
      const row = toCsvRow(claims[index]!);
      expect(Object.values(record)).toEqual(Object.values(row));
    });
  });

  it('says which version the quote is from, and when the claim is orphaned there', () => {
    const claim = sampleClaim(1);
    expect(toCsvRow({ ...claim, annotation: { ...claim.annotation, version: 4 } }).placement).toBe('version 4');
    expect(toCsvRow({ ...claim, annotation: { ...claim.annotation, version: 4, orphaned: true } }).placement).toBe('orphaned in version 4');
  });

  it('names the words the verdict judged, and when they changed since', () => {
    const claim = sampleClaim(1);
    expect(toCsvRow(claim)).toMatchObject({ verdictWords: 'over 16,500 containers of munitions', wordsChanged: '' });
    const changed = { ...claim, verdictWords: { words: 'over 16,500 containers', version: 1, changedAt: '2026-12-01T10:00:00.000Z' } };
    expect(toCsvRow(changed)).toMatchObject({ verdictWords: 'over 16,500 containers', wordsChanged: '2026-12-01T10:00:00.000Z' });
  });

  it('puts the figure, the sources with their stance, the people and the link back in the row', async () => {
    const [record] = parse(await collect(formatCsv(pagesOf(claims.slice(0, 1)), sampleContext)), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(record).toMatchObject({
      Statement: claims[0]!.statement,
      Quote: 'over 16,500 containers of munitions',
      'Place in the text': 'version 1',
      Kind: 'figure',
      'Figure value': '16501',
      'Figure unit': 'containers',
      Status: 'reviewed',
      Verdict: 'verified',
      Sources: 'supports https://www.politico.eu/article/north-korea-munitions; contradicts https://reliefweb.int/report/x?a=1&b=(2)',
      'Proposed by': 'Ana Checker',
      'Reviewed by': 'ben@example.test',
      Reviewed: '2026-11-21T09:30:00.000Z',
      Link: 'https://margin.example/w/desk/documents/doc1?annotation=ann1',
    });
  });

  it('writes only the header when nothing matches', async () => {
    const text = await collect(formatCsv(pagesOf([]), sampleContext));
    expect(parse(text, { bom: true })).toHaveLength(1);
  });
});
