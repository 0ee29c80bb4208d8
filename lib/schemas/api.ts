// What the REST API (app/api/v1) reads beyond the schemas it shares with the server actions.
import { z } from 'zod';
import { CLAIM_STATUSES } from '@/lib/claims/workflow';
import { EXPORT_FORMATS } from '@/lib/export/types';
import { ZClaimFilters } from './claim-filters';
import { ZPasteImport, ZUrlImport } from './documents';

const ZId = z.string().min(1).max(64);

/** The claim board's filters, and optionally one document: GET /api/v1/claims?status=proposed&documentId=… */
export const ZApiClaimQuery = ZClaimFilters.extend({ documentId: ZId.optional() }).refine(
  // Pages are read by key: a number alone cannot say where page 3 starts, and page 1 again would be
  // a silent wrong answer to a client that pages by number.
  (query) => query.page === undefined || query.page === 1 || query.after !== undefined || query.before !== undefined,
  { message: 'page numbers a page reached by its cursor: follow the answer’s next (after=) or previous (before=) instead', path: ['page'] },
);

/** GET /api/v1/documents: the documents in use, or with archived=true the archived ones. */
export const ZApiDocumentQuery = z.object({ archived: z.enum(['true', 'false']).default('false') });

/** GET /api/v1/documents/{documentId}/annotations: the latest version unless one is named. */
export const ZApiAnnotationQuery = z.object({ versionId: ZId.optional() });

/**
 * GET /api/v1/exports, as documented. The query is read by the export itself
 * (lib/schemas/exports.ts parseExportQuery, shared with the download from the UI).
 */
export const ZApiExportQuery = ZClaimFilters.omit({ status: true, page: true, after: true, before: true, sort: true }).extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  /** one document's claims; the whole workspace's without it */
  document: ZId.optional(),
  /** reviewed unless named; "any" for every status */
  status: z.enum([...CLAIM_STATUSES, 'any']).default('reviewed'),
});

/** GET /api/v1/activity: entries older than `cursor` (the `nextCursor` of the page before). */
export const ZApiActivityQuery = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'Use the nextCursor of the page before.')
    .transform((value) => BigInt(value))
    .optional(),
});

/** POST /api/v1/documents with JSON: pasted text { title?, text }, or an address to import { url }. */
export const ZApiCreateDocument = z.union([ZPasteImport, ZUrlImport]);

/** GET /api/v1/claims/matches?statement=…: the workspace's claims that say the same thing. */
export const ZApiClaimMatchQuery = z.object({
  statement: z.string().trim().min(1, 'Give the statement to match.').max(2000, 'Keep the statement under 2,000 characters.'),
});
