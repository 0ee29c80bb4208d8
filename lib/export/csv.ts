// CSV: one row per claim, through csv-stringify (RFC 4180 quoting; a BOM so that spreadsheet
// programs read UTF-8). Each page of claims becomes one chunk.
import { stringify } from 'csv-stringify/sync';
import { personName, type ExportClaim, type ExportFormatter } from './types';

export const CSV_COLUMNS = [
  ['id', 'Claim id'],
  ['statement', 'Statement'],
  ['quote', 'Quote'],
  ['placement', 'Place in the text'],
  ['kind', 'Kind'],
  ['figureValue', 'Figure value'],
  ['figureUnit', 'Figure unit'],
  ['figureCurrency', 'Figure currency'],
  ['status', 'Status'],
  ['verdict', 'Verdict'],
  ['rationale', 'Rationale'],
  ['sources', 'Sources'],
  ['tags', 'Tags'],
  ['proposer', 'Proposed by'],
  ['reviewer', 'Reviewed by'],
  ['reviewedAt', 'Reviewed'],
  ['createdAt', 'Created'],
  ['updatedAt', 'Updated'],
  ['document', 'Document'],
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
    kind: claim.annotation.kind,
    figureValue: claim.figure?.value ?? '',
    figureUnit: claim.figure?.unit ?? '',
    figureCurrency: claim.figure?.currency ?? '',
    status: claim.status,
    verdict: claim.verdict ?? '',
    rationale: claim.rationale ?? '',
    sources: sourcesCell(claim),
    tags: claim.annotation.tags.map((tag) => tag.name).join('; '),
    proposer: personName(claim.proposer),
    reviewer: personName(claim.reviewer),
    reviewedAt: claim.reviewedAt ?? '',
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    document: claim.document.title,
    url: claim.url,
  };
}

export const formatCsv: ExportFormatter = async function* (pages) {
  const columns = CSV_COLUMNS.map(([key, header]) => ({ key, header }));
  yield stringify([], { header: true, columns, bom: true });
  for await (const page of pages) {
    if (page.length > 0) yield stringify(page.map(toCsvRow), { columns });
  }
};
