// Route handlers of the REST API (app/api/v1), called by other tools with a personal access
// token — the token twin of lib/http/session-routes.ts:
// bearer token → its workspace and effective role → permission (lib/permissions) → handler →
// the answer encoded through the operation's response schema (lib/api/endpoints.ts), so the
// API sends what its OpenAPI document says and nothing more.
// Every failure is JSON { code, error, fieldErrors? }: 401 no or invalid token, 403 role too
// weak, 404 not found (another workspace's objects included), 405 method not allowed (with
// Allow), 409 conflict, 413 too large, 415 wrong media type, 422 invalid input.
import { z } from 'zod';
import type { ApiEndpoint } from '@/lib/api/endpoints';
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/error-response';
import { can } from '@/lib/permissions';
import { authenticateToken, type ApiCaller } from '@/lib/server/api/authenticate-token';

type Params = Record<string, string>;
export type ApiContext<P extends Params> = ApiCaller & { params: P };
/** '/api/v1/claims/{claimId}/steps' → { claimId: string } */
type ParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
type PathParams<T extends string> = { [K in ParamNames<T>]: string };
type RouteHandler = (request: Request, context: { params: Promise<Params> }) => Promise<Response>;

/** What a handler returns: the response schema's server-side value, nothing (204), or a Response of its own (a file). */
type Answer<E extends ApiEndpoint> = E extends { response: infer S extends z.ZodType }
  ? z.output<S>
  : E extends { status: 204 }
    ? void
    : Response;

/** The handler of one operation of the registry: `export const GET = apiRoute(API.getDocument, async (request, caller) => …)`. */
export function apiRoute<E extends ApiEndpoint>(
  endpoint: E,
  handler: (request: Request, context: ApiContext<PathParams<E['path']>>) => Promise<Answer<E>>,
) {
  return async (request: Request, { params }: { params: Promise<PathParams<E['path']>> }): Promise<Response> => {
    try {
      const caller = await authenticateToken(request);
      if (!can(caller.membership.role, endpoint.permission)) {
        throw new AppError('forbidden', `This token acts as ${caller.membership.role}, which does not allow this.`);
      }
      const result: unknown = await handler(request, { ...caller, params: await params });
      if (result instanceof Response) return result;
      if (result === undefined || !endpoint.response) return new Response(null, { status: 204 });
      return Response.json(z.encode(endpoint.response, result), { status: endpoint.status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];
const refusals = new WeakSet<object>();

/** Whether a route's exported handler only refuses its method (405). */
export const isMethodNotAllowed = (handler: unknown) => typeof handler === 'function' && refusals.has(handler);

/**
 * The 405 answers of a route file for every method it does not handle, with `Allow` naming the
 * ones it does: `export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');`.
 */
export function otherMethods<A extends Method>(...allowed: A[]): Record<Exclude<Method, A>, RouteHandler> {
  const allow = [...allowed, ...(allowed.includes('GET' as A) ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse: RouteHandler = async (request) => {
    const response = errorResponse(
      new AppError('method_not_allowed', `This path does not answer ${request.method}; it answers ${allowed.join(', ')}.`),
    );
    response.headers.set('allow', allow);
    return response;
  };
  refusals.add(refuse);
  const others = METHODS.filter((method) => !allowed.includes(method as A));
  return Object.fromEntries(others.map((method) => [method, refuse])) as Record<Exclude<Method, A>, RouteHandler>;
}
