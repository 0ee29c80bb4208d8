// The OpenAPI document as a contract: each answer the API gives in a test is validated (Ajv,
// JSON Schema 2020-12 as OpenAPI 3.1 uses) against the schema the document declares for that
// operation and status, and every operation/status checked is recorded so the test can demand
// that every operation was called.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { API_ENDPOINTS, buildOpenApiDocument } from '@/lib/api/openapi';
import { call, METHODS } from './api-client';

export const openApi = buildOpenApiDocument('http://localhost:3000');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openApi, 'openapi');

const pointer = (...parts: (string | number)[]) =>
  parts.map((part) => encodeURIComponent(String(part).replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/** operationId → the statuses a test saw and validated */
export const checked = new Map<string, Set<number>>();

type Json = { status: number; json: unknown };

/** Validates a JSON answer against the document's schema for the operation and status. */
export function expectContract(operationId: string, answer: Json): Json {
  const endpoint = API_ENDPOINTS.find((candidate) => candidate.operationId === operationId);
  if (!endpoint) throw new Error(`no operation ${operationId}`);
  const operation = (openApi.paths[endpoint.path] as Record<string, { responses: Record<string, unknown> }>)[endpoint.method]!;
  const declared = operation.responses[answer.status] as { $ref?: string; content?: Record<string, unknown> } | undefined;
  if (!declared)
    throw new Error(`${operationId} answered ${answer.status}, which its document does not declare: ${JSON.stringify(answer.json)}`);
  const ref = declared.$ref
    ? `openapi#/components/schemas/Error`
    : declared.content
      ? `openapi#/${pointer('paths', endpoint.path, endpoint.method, 'responses', answer.status, 'content', 'application/json', 'schema')}`
      : null;
  if (ref) {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    if (!validate(answer.json)) throw new Error(`${operationId} ${answer.status}: ${ajv.errorsText(validate.errors)}`);
  } else if (answer.json !== null) {
    throw new Error(`${operationId} ${answer.status} should have no body`);
  }
  if (!checked.has(operationId)) checked.set(operationId, new Set());
  checked.get(operationId)!.add(answer.status);
  return answer;
}

/** A file answer (an export): its media type must be one the document declares. */
export function expectFileContract(operationId: string, response: Response) {
  const endpoint = API_ENDPOINTS.find((candidate) => candidate.operationId === operationId)!;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  if (response.status !== endpoint.status || !endpoint.content?.includes(type))
    throw new Error(`${operationId} answered ${response.status} ${type}, not a declared file`);
  if (!checked.has(operationId)) checked.set(operationId, new Set());
  checked.get(operationId)!.add(response.status);
}

type Options = Parameters<typeof call>[2];

/** Calls an operation by its operationId and validates the answer against the document. */
export async function callOperation(operationId: string, options: Options) {
  const endpoint = API_ENDPOINTS.find((candidate) => candidate.operationId === operationId);
  if (!endpoint) throw new Error(`no operation ${operationId}`);
  const method = endpoint.method.toUpperCase() as (typeof METHODS)[number];
  return expectContract(operationId, await call(method, endpoint.path, options));
}
