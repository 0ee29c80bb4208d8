// Route handlers of the REST API (app/api/v1) in one shape, the token twin of lib/route.ts:
// bearer token → its workspace and effective role → permission (lib/permissions) → handler.
// Every failure is JSON { code, error, fieldErrors? }: 401 no or invalid token, 403 role too
// weak, 404 not found (another workspace's objects included), 409 conflict, 422 invalid input.
import type { z } from 'zod';
import { AppError, HTTP_STATUS, toAppError, type ErrorCode } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import { authenticateToken, type ApiCaller } from '@/lib/server/api/authenticate-token';
import { parseInput } from '@/lib/validation';

export type ApiErrorBody = { code: ErrorCode | 'internal'; error: string; fieldErrors?: Record<string, string[]> };

export function apiErrorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError) {
    const body: ApiErrorBody = { code: appError.code, error: appError.message, ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}) };
    const headers = appError.code === 'unauthorized' ? { 'www-authenticate': 'Bearer realm="margin"' } : undefined;
    return Response.json(body, { status: HTTP_STATUS[appError.code], headers });
  }
  console.error(error);
  const body: ApiErrorBody = { code: 'internal', error: 'Something went wrong on our side. Please try again.' };
  return Response.json(body, { status: 500 });
}

type Params = Record<string, string>;
export type ApiContext<P extends Params> = ApiCaller & { params: P };

/**
 * A handler returns data (sent as JSON with `status`), undefined (204), or a Response of its
 * own (a streamed export).
 */
export function apiRoute<P extends Params = Params>(
  permission: Permission,
  handler: (request: Request, context: ApiContext<P>) => Promise<unknown>,
  { status = 200 }: { status?: number } = {},
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const caller = await authenticateToken(request);
      if (!can(caller.membership.role, permission)) {
        throw new AppError('forbidden', `This token acts as ${caller.membership.role}, which does not allow this.`);
      }
      const result = await handler(request, { ...caller, params: await params });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result, { status });
    } catch (error) {
      return apiErrorResponse(error);
    }
  };
}

/** Every JSON body of the API is small: a statement, a quote, a selection. */
export const MAX_BODY_BYTES = 256 * 1024;
const TOO_LARGE = `The request body is too large (${MAX_BODY_BYTES / 1024} KB at most).`;

/** The body as text, refused (422) past MAX_BODY_BYTES without reading it all. */
async function readText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new AppError('invalid', TOO_LARGE);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new AppError('invalid', TOO_LARGE);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The JSON body, with the path's ids laid over it, parsed with `schema` (the same schema the
 * server action uses). Not JSON, not an object, too large, or invalid: 422.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, fromPath: Params = {}): Promise<z.output<S>> {
  const text = await readText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('invalid', 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('invalid', 'The request body must be a JSON object.');
  return parseInput(schema, { ...body, ...fromPath });
}

/** The query string parsed with `schema` (the first value of each parameter); invalid: 422. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const key of new Set(params.keys())) query[key] = params.get(key)!;
  return parseInput(schema, query);
}
