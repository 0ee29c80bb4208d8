// What the REST API (app/api/v1) reads beyond the schemas it shares with the server actions.
import { z } from 'zod';
import { ZClaimFilters } from './claim-filters';

const ZId = z.string().min(1).max(64);

/** The claim board's filters, and optionally one document: GET /api/v1/claims?status=proposed&documentId=… */
export const ZApiClaimQuery = ZClaimFilters.extend({ documentId: ZId.optional() });

/** GET /api/v1/documents/{documentId}/annotations: the latest version unless one is named. */
export const ZApiAnnotationQuery = z.object({ versionId: ZId.optional() });
