// Route handlers answer failures in one shape, the twin of a server action's result:
// JSON { code, error, fieldErrors? } with the status of its code (lib/errors.ts).
import { describeError } from '@/lib/errors';

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  // A 401 names the scheme that would work; the REST API takes bearer tokens.
  // A database restart: the client may try again shortly.
  const headers: Record<string, string> | undefined =
    body.code === 'unauthorized'
      ? { 'www-authenticate': 'Bearer realm="margin"' }
      : body.code === 'unavailable'
        ? { 'retry-after': '5' }
        : undefined;
  return Response.json(body, { status, headers });
}
