// The REST API's one registry: every endpoint under app/api/v1 with its method, path, permission,
// query and body schemas (the zod schemas the handlers parse with), and what it answers. The
// OpenAPI 3 document at /api/openapi.json is generated from it; tests/integration/api.test.ts
// fails when a route handler is missing here or an entry has no handler.
import { z } from 'zod';
import { HTTP_STATUS } from '@/lib/errors';
import { PERMISSIONS, type Permission } from '@/lib/permissions';
import { ZCreateAnnotation } from '@/lib/schemas/annotations';
import { ZApiAnnotationQuery, ZApiClaimQuery, ZApiExportQuery } from '@/lib/schemas/api';
import { ZAssignClaim, ZClaimStep, ZUpdateClaim } from '@/lib/schemas/claims';
import { ZDocumentMetadata } from '@/lib/schemas/documents';
import { ZAddEvidence, ZApiRemoveEvidenceQuery } from '@/lib/schemas/evidence';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export type ApiEndpoint = {
  method: HttpMethod;
  /** OpenAPI template: /api/v1/documents/{documentId} */
  path: string;
  summary: string;
  permission: Permission;
  query?: z.ZodObject;
  /** Parsed with the path's ids laid over it; those ids are left out of the documented body. */
  body?: z.ZodType;
  status: 200 | 201 | 204;
  response: string;
  /** media types of a success that is not JSON (a file) */
  content?: string[];
};

export const API_ENDPOINTS: ApiEndpoint[] = [
  {
    method: 'get',
    path: '/api/v1/documents',
    summary: 'List documents',
    permission: 'workspace.read',
    status: 200,
    response: '{ documents: [{ id, title, byline, originUrl, updatedAt, versionCount, annotationCount }] }, most recently changed first.',
  },
  {
    method: 'get',
    path: '/api/v1/documents/{documentId}',
    summary: 'Get a document',
    permission: 'workspace.read',
    status: 200,
    response:
      'The document’s metadata with `metadataVersion` (send it back to edit them), and its latest version ' +
      '(`version`: id, number, content as ProseMirror JSON, plainText, contentHash).',
  },
  {
    method: 'patch',
    path: '/api/v1/documents/{documentId}',
    summary: 'Edit a document’s metadata',
    permission: 'document.edit',
    body: ZDocumentMetadata,
    status: 200,
    response:
      '{ id, metadataVersion }. Title, byline, originUrl and publishedAt (absent ones are cleared); no new version ' +
      'of the text. 409 when the metadata changed since `metadataVersion`.',
  },
  {
    method: 'get',
    path: '/api/v1/documents/{documentId}/versions',
    summary: 'List a document’s versions',
    permission: 'workspace.read',
    status: 200,
    response: '{ versions: [{ id, number, origin, summary, createdAt, createdBy, characters }] }, newest first.',
  },
  {
    method: 'get',
    path: '/api/v1/documents/{documentId}/versions/{versionId}',
    summary: 'Get one version with its text',
    permission: 'workspace.read',
    status: 200,
    response:
      'The version: id, number, origin, summary, contentHash, createdAt, createdBy, plainText and content ' +
      '(ProseMirror JSON). Annotation offsets count characters of plainText.',
  },
  {
    method: 'get',
    path: '/api/v1/documents/{documentId}/annotations',
    summary: 'List annotations',
    permission: 'workspace.read',
    query: ZApiAnnotationQuery,
    status: 200,
    response:
      '{ versionId, annotations: [{ id, version, kind, visibility, exact, author, tags, claim, start, end, state }] ' +
      '} in document order; exact is the annotation’s words in that version; start and end are null for an orphaned annotation ' +
      '(exact then keeps the words it was marked on).',
  },
  {
    method: 'post',
    path: '/api/v1/documents/{documentId}/annotations',
    summary: 'Annotate the latest version',
    permission: 'annotation.create',
    body: ZCreateAnnotation,
    status: 201,
    response: '{ id, kind, exact, claim: { id } | null }. 409 when versionId is no longer the latest version.',
  },
  {
    method: 'get',
    path: '/api/v1/claims',
    summary: 'List claims (the claim board)',
    permission: 'workspace.read',
    query: ZApiClaimQuery,
    status: 200,
    response:
      '{ claims: [{ id, version, statement, status, verdict, kind, quote, document, assignee, tags, evidenceCount, ' +
      'updatedAt }], total, page, pageCount }, 50 per page.',
  },
  {
    method: 'get',
    path: '/api/v1/claims/{claimId}',
    summary: 'Get a claim',
    permission: 'workspace.read',
    status: 200,
    response: 'The claim with its annotation, figure value, assignee, proposer, reviewer, evidence (with sources) and activity.',
  },
  {
    method: 'patch',
    path: '/api/v1/claims/{claimId}',
    summary: 'Reword a claim’s statement',
    permission: 'claim.verify',
    body: ZUpdateClaim,
    status: 200,
    response:
      '{ id, version }. 409 when the claim changed since `version`; when it was reviewed (reopen it first); when its verdict ' +
      'awaits review and `sendBack` is not true (with it, the change sends the claim back to in progress).',
  },
  {
    method: 'post',
    path: '/api/v1/claims/{claimId}/steps',
    summary: 'Take a workflow step',
    permission: 'claim.verify',
    body: ZClaimStep,
    status: 200,
    response:
      '{ id, version, status, verdict }. 422 with the reason when the workflow refuses the step (e.g. reviewing ' +
      'one’s own verdict, “verified” without a supporting source); 409 when the claim changed since `version`.',
  },
  {
    method: 'post',
    path: '/api/v1/claims/{claimId}/assign',
    summary: 'Assign a claim',
    permission: 'claim.assign',
    body: ZAssignClaim,
    status: 200,
    response: '{ id, version }. Omit assigneeId to unassign.',
  },
  {
    method: 'post',
    path: '/api/v1/claims/{claimId}/evidence',
    summary: 'Add evidence to a claim',
    permission: 'claim.verify',
    body: ZAddEvidence,
    status: 201,
    response:
      '{ id }. 409 when this source (or uploaded file) is already evidence for the claim; when the claim was reviewed ' +
      '(reopen it first); when its verdict awaits review and `sendBack` is not true (with it, the claim goes back to in ' +
      'progress). 404 for another workspace’s upload.',
  },
  {
    method: 'delete',
    path: '/api/v1/evidence/{evidenceId}',
    summary: 'Remove evidence',
    permission: 'claim.verify',
    query: ZApiRemoveEvidenceQuery,
    status: 204,
    response:
      'Removed. 409 when `version` is given and the evidence changed since; when the claim was reviewed (reopen it first); ' +
      'when its verdict awaits review and `sendBack=true` is not given (with it, the claim goes back to in progress).',
  },
  {
    method: 'get',
    path: '/api/v1/sources',
    summary: 'List sources',
    permission: 'workspace.read',
    status: 200,
    response: '{ sources: [{ id, url, domain, title, linkStatus, claims, documents }] }, most relied on first (up to 500).',
  },
  {
    method: 'get',
    path: '/api/v1/sources/{sourceId}',
    summary: 'Get a source',
    permission: 'workspace.read',
    status: 200,
    response: 'The source with the documents citing it and the evidence (claims) relying on it.',
  },
  {
    method: 'get',
    path: '/api/v1/exports',
    summary: 'Export claims as a file',
    permission: 'export.read',
    query: ZApiExportQuery,
    status: 200,
    response:
      'The file, streamed: CSV, JSON, Markdown, schema.org ClaimReview JSON-LD or W3C Web Annotation JSON-LD ' +
      '(content-disposition: attachment). Reviewed claims unless status says otherwise. ClaimReview is refused (422, ' +
      'with `missing`) when a claim lacks a required field.',
    content: ['text/csv', 'application/json', 'text/markdown', 'application/ld+json'],
  },
];

type JsonSchema = { [key: string]: unknown };

const toSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema;

/** The body schema without the properties the path supplies (also inside oneOf/anyOf/allOf variants). */
function withoutProperties(schema: JsonSchema, names: string[]): JsonSchema {
  const result: JsonSchema = { ...schema };
  if (result.properties && typeof result.properties === 'object') {
    result.properties = Object.fromEntries(Object.entries(result.properties).filter(([name]) => !names.includes(name)));
  }
  if (Array.isArray(result.required)) {
    const required = (result.required as string[]).filter((name) => !names.includes(name));
    if (required.length) result.required = required;
    else delete result.required;
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    if (Array.isArray(result[key])) result[key] = (result[key] as JsonSchema[]).map((variant) => withoutProperties(variant, names));
  }
  return result;
}

export const pathParameters = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

function queryParameters(query: z.ZodObject) {
  const schema = toSchema(query);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).map(([name, property]) => ({ name, in: 'query', required: required.includes(name), schema: property }));
}

const ERROR_RESPONSES = {
  401: 'No token, or an unknown, revoked or expired one (`unauthorized`).',
  403: 'The token’s role does not allow this (`forbidden`).',
  404: 'Not found — also anything of another workspace (`not_found`).',
  409:
    'Conflict. `stale`: changed by someone else since the version you read — read it again and reapply your ' +
    'change; `conflict`: refused because of what exists (already exists, the last owner).',
  413: 'The request body is larger than 256 KB (`too_large`); nothing was read past the limit.',
  422: 'Invalid input (`invalid`), with fieldErrors naming each field.',
} as const;

function operation(endpoint: ApiEndpoint) {
  const params = pathParameters(endpoint.path);
  const roles = PERMISSIONS[endpoint.permission].join(', ');
  const errors = endpoint.method === 'get' ? ([401, 403, 404, 422] as const) : ([401, 403, 404, 409, 413, 422] as const);
  return {
    summary: endpoint.summary,
    description: `Needs \`${endpoint.permission}\`: a token acting as ${roles}.`,
    'x-margin-permission': endpoint.permission,
    parameters: [
      ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(endpoint.query ? queryParameters(endpoint.query) : []),
    ],
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: withoutProperties(toSchema(endpoint.body), params) } } } }
      : {}),
    responses: {
      [endpoint.status]:
        endpoint.status === 204
          ? { description: endpoint.response }
          : {
              description: endpoint.response,
              content: Object.fromEntries(
                (endpoint.content ?? ['application/json']).map((type) => [
                  type,
                  { schema: endpoint.content ? { type: 'string' } : { type: 'object' } },
                ]),
              ),
            },
      ...Object.fromEntries(errors.map((status) => [status, { $ref: `#/components/responses/E${status}` }])),
    },
  };
}

/** The OpenAPI 3 document of the REST API. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  const error = { $ref: '#/components/schemas/Error' };
  return {
    openapi: '3.0.3',
    info: {
      title: 'Margin API',
      version: '1',
      description:
        'Read and work on one workspace with a personal access token (Your account → API tokens): `Authorization: ' +
        'Bearer <token>`. The token acts with its role, capped by its owner’s current role in the workspace; it stops ' +
        'working when revoked, expired, or when its owner leaves the workspace.',
    },
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (mgn_…).' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'error'],
          properties: {
            code: { type: 'string', enum: [...Object.keys(HTTP_STATUS), 'internal'] },
            error: { type: 'string', description: 'A message for people.' },
            fieldErrors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, description]) => [
          `E${status}`,
          { description, content: { 'application/json': { schema: error } } },
        ]),
      ),
    },
  };
}
