import { z } from 'zod';
import { EXPORT_FORMATS } from '@/lib/export/types';
import { CLAIM_PAGE_FIELDS, parseClaimFilters, type TClaimFilters } from './claim-filters';

const ZId = z.string().regex(/^[\w-]{1,64}$/);
const ZFormat = z.enum(EXPORT_FORMATS);

export type TExportQuery = { format: z.output<typeof ZFormat>; documentId: string | null; filters: TClaimFilters };

/**
 * An export's query: ?format=csv|json|markdown|claimreview|w3c&document=<id> and the claim
 * board's filters. Unlike the board, nothing is silently left out: a bad parameter is a 422
 * naming it. Without a status the export holds reviewed claims; status=any holds every status.
 */
export function parseExportQuery(
  params: URLSearchParams,
): { ok: true; query: TExportQuery } | { ok: false; error: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const format = ZFormat.safeParse(params.get('format') || 'csv');
  if (!format.success) fieldErrors.format = [`Choose a format: ${EXPORT_FORMATS.join(', ')}.`];
  const document = params.get('document');
  const documentId = document ? ZId.safeParse(document) : null;
  if (documentId && !documentId.success) fieldErrors.document = ['This is not a document id.'];
  const status = params.get('status') || 'reviewed';
  const board = Object.fromEntries(
    [...params.entries()].filter(([key]) => !['format', 'document', 'status', 'sort', ...CLAIM_PAGE_FIELDS].includes(key)),
  );
  const { filters, ignored } = parseClaimFilters({ ...board, ...(status === 'any' ? {} : { status }) });
  for (const name of ignored) fieldErrors[name] = [`This ${name} filter is not valid.`];
  const names = Object.keys(fieldErrors);
  if (names.length > 0 || !format.success) {
    return {
      ok: false,
      error: `The export cannot be made: check ${names.join(', ')}. ${Object.values(fieldErrors)[0]?.[0] ?? ''}`.trim(),
      fieldErrors,
    };
  }
  return { ok: true, query: { format: format.data, documentId: documentId?.success ? documentId.data : null, filters } };
}

/** How the filters read in a report ("status: reviewed, kind: figure"). */
export function describeExportFilters(filters: TClaimFilters): string {
  const parts = Object.entries(filters)
    .filter(([key, value]) => value !== undefined && !CLAIM_PAGE_FIELDS.includes(key) && key !== 'sort')
    .map(([key, value]) => `${key === 'q' ? 'search' : key}: ${String(value)}`);
  if (!filters.status) parts.unshift('every status');
  return parts.join(', ');
}
