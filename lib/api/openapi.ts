// The OpenAPI 3.1 document of the REST API, generated from the registry (lib/api/endpoints.ts):
// request and answer schemas are the zod schemas the handlers validate with, turned into JSON
// Schema (draft 2020-12, OpenAPI 3.1's dialect) by zod's own z.toJSONSchema.
import { z } from 'zod';
import { PERMISSIONS } from '@/lib/permissions';
import { ZApiError } from '@/lib/schemas/api-responses';
import { API_ENDPOINTS, type ApiEndpoint, type ErrorStatus } from './endpoints';

export { API_ENDPOINTS } from './endpoints';

type JsonSchema = { [key: string]: unknown };

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema => {
  const schemaOf = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  delete schemaOf.$schema; // the document's own dialect (OpenAPI 3.1: JSON Schema 2020-12)
  return schemaOf;
};

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

const ERROR_RESPONSES: Record<ErrorStatus | 405 | 503, string> = {
  400: 'The request could not be read (`invalid`).',
  401: 'No token, or an unknown, revoked or expired one (`unauthorized`).',
  403: 'The token’s role does not allow this (`forbidden`).',
  404: 'Not found — also anything of another workspace, and an unknown id in the query (`not_found`).',
  405: 'This path does not answer this method (`method_not_allowed`); the `Allow` header lists the ones it does.',
  409:
    'Conflict. `stale`: changed by someone else since the version you read — read it again and reapply your ' +
    'change; `conflict`: refused because of what exists (already exists, the last owner).',
  413: 'The request body is larger than this operation accepts (`too_large`); nothing was read past the limit.',
  415: 'The request body is not of a media type this operation reads (`unsupported_type`).',
  422: 'Invalid input (`invalid`), with fieldErrors naming each field.',
  429: 'Too many requests, or the server is busy with heavy work (`rate_limited`): try again later.',
  503: 'The database is unavailable for a moment (it restarts), or the server too busy to start a write (`unavailable`): try again after `Retry-After` seconds.',
};

function requestBody(endpoint: ApiEndpoint, params: string[]) {
  const content: Record<string, unknown> = {};
  if (endpoint.body) content['application/json'] = { schema: withoutProperties(toSchema(endpoint.body), params) };
  Object.assign(content, endpoint.bodies);
  return Object.keys(content).length ? { requestBody: { required: true, content } } : {};
}

function success(endpoint: ApiEndpoint) {
  if (endpoint.status === 204) return { description: 'Done; no content.' };
  const content = endpoint.content
    ? Object.fromEntries(endpoint.content.map((type) => [type, { schema: { type: 'string' } }]))
    : { 'application/json': { schema: endpoint.response ? toSchema(endpoint.response) : {} } };
  return { description: endpoint.summary, content };
}

function operation(endpoint: ApiEndpoint & { operationId: string }) {
  const params = pathParameters(endpoint.path);
  const roles = PERMISSIONS[endpoint.permission].join(', ');
  const errors = [...new Set<ErrorStatus | 503>([401, 403, 404, ...(endpoint.errors ?? []), 503])].sort();
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: `${endpoint.description}\n\nNeeds \`${endpoint.permission}\`: a token acting as ${roles}.`,
    'x-margin-permission': endpoint.permission,
    parameters: [
      ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(endpoint.query ? queryParameters(endpoint.query) : []),
    ],
    ...requestBody(endpoint, params),
    responses: {
      [endpoint.status]: success(endpoint),
      ...Object.fromEntries(errors.map((status) => [status, { $ref: `#/components/responses/E${status}` }])),
    },
  };
}

const DESCRIPTION = [
  'Read and work on one workspace with a personal access token (Your account → API tokens, or `npm run token -- create`):',
  '`Authorization: Bearer <token>`. The token acts with its role, capped by its owner’s current role in the workspace; it',
  'stops working when revoked, expired, or when its owner leaves the workspace.',
  '',
  'Text positions (`start`, `end`, `characters`) count UTF-16 code units of a version’s `plainText`, as JavaScript’s',
  'string indexes do. The W3C Web Annotation export and import count Unicode code points instead, as the W3C model says.',
  '',
  'Every failure answers JSON `{ code, error, fieldErrors? }`. A method a path does not answer gets 405 with `Allow`.',
].join('\n');

/** The OpenAPI 3.1 document of the REST API; `serverUrl` is the app's public address. */
export function buildOpenApiDocument(serverUrl = '/') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  const tags = [...new Set(API_ENDPOINTS.map((endpoint) => endpoint.tag))].map((name) => ({ name }));
  return {
    openapi: '3.1.0',
    info: { title: 'Margin API', version: '1', description: DESCRIPTION },
    servers: [{ url: serverUrl, description: 'This Margin instance' }],
    tags,
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (mgn_…).' } },
      schemas: { Error: toSchema(ZApiError) },
      responses: Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, description]) => [
          `E${status}`,
          { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]),
      ),
    },
  };
}
