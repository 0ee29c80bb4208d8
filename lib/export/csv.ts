// CSV: one row per claim (RFC 4180 quoting, CRLF line ends; a BOM so that spreadsheet programs
// read UTF-8). Cells a spreadsheet would run as a formula are neutralised (OWASP, CSV injection).
// Each page of claims becomes one chunk.
import { personName, type ExportClaim, type ExportFormatter } from './types';

export const CSV_COLUMNS = [
  ['id', 'Claim id'],
  ['statement', 'Statement'],
  ['quote', 'Quote'],
  ['placement', 'Place in the text'],
  ['verdictWords', 'Words judged by the verdict'],
  ['wordsChanged', 'Words changed since the verdict'],
  ['kind', 'Kind'],
  ['figureValue', 'Figure value'],
  ['figureUnit', 'Figure unit'],
  ['figureCurrency', 'Figure currency'],
  ['status', 'Status'],
  ['verdict', 'Verdict'],
  ['rationale', 'Rationale'],
  ['sources', 'Sources'],
  ['tags', 'Tags'],
  ['evidenceQuotes', 'Evidence quotes'],
  ['assignee', 'Assignee'],
  ['proposer', 'Proposed by'],
  ['proposedAt', 'Proposed'],
  ['reviewer', 'Reviewed by'],
  ['reviewedAt', 'Reviewed'],
  ['createdAt', 'Created'],
  ['updatedAt', 'Updated'],
  ['document', 'Document'],
  ['documentUrl', 'Document address'],
  ['byline', 'Byline'],
  ['publishedAt', 'Published'],
  ['url', 'Link'],
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number][0], string>;

/** "supports https://a…; contradicts https://b…; supports phone call with Jane Doe, spokesperson, 2026-11-30" */
export const sourcesCell = (claim: ExportClaim) =>
  claim.sources.map((source) => `${source.stance} ${source.url ?? source.description}`).join('; ');

/** "version 3", or "orphaned in version 3" when its words are no longer in the text. */
export const placement = ({ annotation }: ExportClaim) => `${annotation.orphaned ? 'orphaned in ' : ''}version ${annotation.version}`;

export function toCsvRow(claim: ExportClaim): CsvRow {
  return {
    id: claim.id,
    statement: claim.statement,
    quote: claim.annotation.exact,
    placement: placement(claim),
    verdictWords: claim.verdictWords?.words ?? '',
    wordsChanged: claim.verdictWords?.changedAt ?? '',
    kind: claim.annotation.kind,
    figureValue: claim.figure?.value ?? '',
    figureUnit: claim.figure?.unit ?? '',
    figureCurrency: claim.figure?.currency ?? '',
    status: claim.status,
    verdict: claim.verdict ?? '',
    rationale: claim.rationale ?? '',
    sources: sourcesCell(claim),
    tags: claim.annotation.tags.map((tag) => tag.name).join('; '),
    evidenceQuotes: claim.sources
      .filter((source) => source.quote?.trim())
      .map((source) => `${source.url ?? source.description}: “${source.quote!.trim()}”`)
      .join('\n'),
    assignee: personName(claim.assignee),
    proposer: personName(claim.proposer),
    proposedAt: claim.proposedAt ?? '',
    reviewer: personName(claim.reviewer),
    reviewedAt: claim.reviewedAt ?? '',
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    document: claim.document.title,
    documentUrl: claim.document.originUrl ?? '',
    byline: claim.document.byline ?? '',
    publishedAt: claim.document.publishedAt ?? '',
    url: claim.url,
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A cell a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends; a plain negative number stays a number.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

const KEYS = CSV_COLUMNS.map(([key]) => key);

// Quoted when it holds a comma, a double quote, or a line break — a lone LF or CR too (several
// evidence quotes are one a line): a spreadsheet would split the row there. What csv-stringify
// writes with CRLF records and `quote_record_delimiter` (csv.test.ts checks the two agree), in a
// single test of each cell: through csv-stringify the CSV export spent more time quoting than
// reading its claims (docs/BENCHMARKS.md).
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as written in the file. */
export const csvCell = (value: string) => (NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One record: its cells quoted as needed, comma-separated, ending with CRLF. */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let index = 0; index < cells.length; index++) line += (index === 0 ? '' : ',') + csvCell(cells[index]!);
  return `${line}\r\n`;
}

const HEADER = `\ufeff${csvRecord(CSV_COLUMNS.map(([, header]) => header))}`;

export const formatCsv: ExportFormatter = async function* (pages) {
  yield HEADER;
  for await (const page of pages) {
    if (page.length === 0) continue;
    let chunk = '';
    for (const claim of page) {
      const row = toCsvRow(claim);
      chunk += csvRecord(KEYS.map((key) => neutraliseCell(row[key])));
    }
    yield chunk;
  }
};
