// The REST API's one registry: every operation under app/api/v1, keyed by its operationId, with
// its method, path, permission, the zod schemas of its query, body and answer (the ones the
// handlers parse and answer with: `apiRoute(API.getDocument, …)`), and the failures it may
// answer. The OpenAPI document at /api/openapi.json is generated from it (lib/api/openapi.ts);
// tests/integration/api-contract.test.ts calls every operation and fails on a route left out.
import type { z } from 'zod';
import type { Permission } from '@/lib/permissions';
import { ZCreateAnnotation } from '@/lib/schemas/annotations';
import { ZApiAnnotationQuery, ZApiClaimMatchQuery, ZApiClaimQuery, ZApiDocumentQuery, ZApiExportQuery } from '@/lib/schemas/api';
import * as R from '@/lib/schemas/api-responses';
import { ZAssignClaim, ZClaimStep, ZUpdateClaim } from '@/lib/schemas/claims';
import { ZDocumentMetadata } from '@/lib/schemas/documents';
import { ZAddEvidence, ZApiRemoveEvidenceQuery } from '@/lib/schemas/evidence';
import { NEWSROOM_API } from './newsroom-endpoints';
import { WEBHOOK_API } from './webhook-endpoints';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

export type ApiEndpoint = {
  method: HttpMethod;
  /** OpenAPI template: /api/v1/documents/{documentId} */
  path: string;
  tag: 'Documents' | 'Annotations' | 'Claims' | 'Evidence' | 'Sources' | 'Exports' | 'Comments' | 'Activity' | 'Webhooks';
  summary: string;
  description: string;
  permission: Permission;
  query?: z.ZodObject;
  /** Parsed with the path's ids laid over it; those ids are left out of the documented body. */
  body?: z.ZodType;
  /** other request bodies than JSON (a file upload), documented as they are */
  bodies?: Record<string, unknown>;
  status: 200 | 201 | 204;
  /** the JSON answer; absent for 204 and for files */
  response?: z.ZodType;
  /** media types of a success that is not JSON (a file) */
  content?: string[];
  /** failures beyond 401, 403 and 404 (which every operation may answer) */
  errors?: ErrorStatus[];
};

const WRITE: ErrorStatus[] = [409, 413, 415, 422];

export const API = {
  listDocuments: {
    method: 'get',
    path: '/api/v1/documents',
    tag: 'Documents',
    summary: 'List documents',
    description: 'Most recently changed first. Archived documents only with `archived=true` (then only those).',
    permission: 'workspace.read',
    query: ZApiDocumentQuery,
    status: 200,
    response: R.ZDocumentList,
    errors: [422],
  },
  getDocument: {
    method: 'get',
    path: '/api/v1/documents/{documentId}',
    tag: 'Documents',
    summary: 'Get a document',
    description: 'Its metadata with `metadataVersion` (send it back to edit them), and its latest version.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZDocumentDetails,
  },
  updateDocument: {
    method: 'patch',
    path: '/api/v1/documents/{documentId}',
    tag: 'Documents',
    summary: 'Edit a document’s metadata',
    description:
      'Title, byline, originUrl and publishedAt (absent ones are cleared); no new version of the text. 409 when the ' +
      'metadata changed since `metadataVersion`.',
    permission: 'document.edit',
    body: ZDocumentMetadata,
    status: 200,
    response: R.ZDocumentMetadataResult,
    errors: WRITE,
  },
  listVersions: {
    method: 'get',
    path: '/api/v1/documents/{documentId}/versions',
    tag: 'Documents',
    summary: 'List a document’s versions',
    description: 'Newest first, without their text.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZVersionList,
  },
  getVersion: {
    method: 'get',
    path: '/api/v1/documents/{documentId}/versions/{versionId}',
    tag: 'Documents',
    summary: 'Get one version with its text',
    description: 'Annotation offsets count UTF-16 code units of plainText, as JavaScript does.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZVersionDetails,
  },
  listAnnotations: {
    method: 'get',
    path: '/api/v1/documents/{documentId}/annotations',
    tag: 'Annotations',
    summary: 'List annotations',
    description:
      'In document order, on the latest version or on `versionId` (404 when it is not a version of this document). ' +
      '`exact` is the annotation’s words in that version; `start` and `end` (UTF-16 code units of plainText) are null ' +
      'for an orphaned annotation (exact then keeps the words it was marked on).',
    permission: 'workspace.read',
    query: ZApiAnnotationQuery,
    status: 200,
    response: R.ZAnnotationList,
    errors: [422],
  },
  createAnnotation: {
    method: 'post',
    path: '/api/v1/documents/{documentId}/annotations',
    tag: 'Annotations',
    summary: 'Annotate the latest version',
    description:
      '[start, end) in UTF-16 code units of the latest version’s plainText. A claim or figure gets its claim. 409 when ' +
      'versionId is no longer the latest version.',
    permission: 'annotation.create',
    body: ZCreateAnnotation,
    status: 201,
    response: R.ZCreatedAnnotation,
    errors: WRITE,
  },
  listClaims: {
    method: 'get',
    path: '/api/v1/claims',
    tag: 'Claims',
    summary: 'List claims (the claim board)',
    description:
      'Filtered as in the Claims tab, 50 per page; `documentId` for one document’s. Page on with `after=<next>` or ' +
      '`before=<previous>` from the page before; `before=end` is the last page.',
    permission: 'workspace.read',
    query: ZApiClaimQuery,
    status: 200,
    response: R.ZClaimPage,
    errors: [422],
  },
  findClaimMatches: {
    method: 'get',
    path: '/api/v1/claims/matches',
    tag: 'Claims',
    summary: 'Find claims and published fact checks that say the same thing',
    description:
      '“Have we checked this already?”: up to 10 claims of the workspace (`kind: claim`, with their status, verdict and ' +
      'document) and published fact checks of its library (`kind: published`: imported ClaimReviews, with their rating, ' +
      'publisher and address) that match `statement`, best first. Similar words are not enough: the numbers must agree (16,500 is not 1,650; ' +
      '“16.5k” and “16 500” are 16,500), and a negated statement (“has not”, “never”) or the opposite change (“rose” and ' +
      '“fell”) does not match. Claims of private annotations never match.',
    permission: 'workspace.read',
    query: ZApiClaimMatchQuery,
    status: 200,
    response: R.ZClaimMatches,
    errors: [422],
  },
  getClaim: {
    method: 'get',
    path: '/api/v1/claims/{claimId}',
    tag: 'Claims',
    summary: 'Get a claim',
    description: 'The claim with its annotation, figure value, assignee, proposer, reviewer, evidence (with sources) and activity.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZClaimDetails,
  },
  updateClaim: {
    method: 'patch',
    path: '/api/v1/claims/{claimId}',
    tag: 'Claims',
    summary: 'Reword a claim’s statement',
    description:
      '409 when the claim changed since `version`; when it was reviewed (reopen it first); when its verdict awaits ' +
      'review and `sendBack` is not true (with it, the change sends the claim back to in progress).',
    permission: 'claim.verify',
    body: ZUpdateClaim,
    status: 200,
    response: R.ZClaimRef,
    errors: WRITE,
  },
  takeClaimStep: {
    method: 'post',
    path: '/api/v1/claims/{claimId}/steps',
    tag: 'Claims',
    summary: 'Take a workflow step',
    description:
      '422 with the reason when the workflow refuses the step (e.g. reviewing one’s own verdict, “verified” without a ' +
      'supporting source); 409 when the claim changed since `version`. `start` assigns an unassigned claim to the caller. ' +
      '`propose` may name `reviewerId`, a member who may review (not the caller): only they are notified; without one, ' +
      'every checker, editor and owner is.',
    permission: 'claim.verify',
    body: ZClaimStep,
    status: 200,
    response: R.ZClaimStepResult,
    errors: WRITE,
  },
  assignClaim: {
    method: 'post',
    path: '/api/v1/claims/{claimId}/assign',
    tag: 'Claims',
    summary: 'Assign a claim',
    description: 'Omit assigneeId to unassign.',
    permission: 'claim.assign',
    body: ZAssignClaim,
    status: 200,
    response: R.ZClaimRef,
    errors: WRITE,
  },
  addEvidence: {
    method: 'post',
    path: '/api/v1/claims/{claimId}/evidence',
    tag: 'Evidence',
    summary: 'Add evidence to a claim',
    description:
      '409 when this source (or uploaded file) is already evidence for the claim; when the claim was reviewed (reopen it ' +
      'first); when its verdict awaits review and `sendBack` is not true. 404 for another workspace’s upload.',
    permission: 'claim.verify',
    body: ZAddEvidence,
    status: 201,
    response: R.ZCreated,
    errors: WRITE,
  },
  removeEvidence: {
    method: 'delete',
    path: '/api/v1/evidence/{evidenceId}',
    tag: 'Evidence',
    summary: 'Remove evidence',
    description:
      '409 when `version` is given and the evidence changed since; when the claim was reviewed (reopen it first); when ' +
      'its verdict awaits review and `sendBack=true` is not given.',
    permission: 'claim.verify',
    query: ZApiRemoveEvidenceQuery,
    status: 204,
    errors: [409, 422],
  },
  listSources: {
    method: 'get',
    path: '/api/v1/sources',
    tag: 'Sources',
    summary: 'List sources',
    description: 'Most relied on first (up to 500).',
    permission: 'workspace.read',
    status: 200,
    response: R.ZSourceList,
  },
  getSource: {
    method: 'get',
    path: '/api/v1/sources/{sourceId}',
    tag: 'Sources',
    summary: 'Get a source',
    description: 'The source with the documents citing it and the evidence (claims) relying on it.',
    permission: 'workspace.read',
    status: 200,
    response: R.ZSourceDetails,
  },
  exportClaims: {
    method: 'get',
    path: '/api/v1/exports',
    tag: 'Exports',
    summary: 'Export claims as a file',
    description:
      'Streamed: CSV, JSON, Markdown, schema.org ClaimReview JSON-LD or W3C Web Annotation JSON-LD (content-disposition: ' +
      'attachment). Reviewed claims unless status says otherwise. ClaimReview is refused (422, with `missing`) when a ' +
      'claim lacks a required field. W3C positions count Unicode code points, as the W3C model says.',
    permission: 'export.read',
    query: ZApiExportQuery,
    status: 200,
    content: ['text/csv', 'application/json', 'text/markdown', 'application/ld+json'],
    errors: [422, 429],
  },
  ...NEWSROOM_API,
  ...WEBHOOK_API,
} as const satisfies Record<string, ApiEndpoint>;

export type OperationId = keyof typeof API;
export const API_ENDPOINTS: (ApiEndpoint & { operationId: string })[] = Object.entries(API).map(([operationId, endpoint]) => ({
  operationId,
  ...(endpoint as ApiEndpoint),
}));
