// Route handlers of the REST API (app/api/v1), called by other tools with a personal access
// token — the token twin of lib/http/session-routes.ts:
// bearer token → its workspace and effective role → permission (lib/permissions) → handler.
// Every failure is JSON { code, error, fieldErrors? }: 401 no or invalid token, 403 role too
// weak, 404 not found (another workspace's objects included), 409 conflict, 422 invalid input.
import { AppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/error-response';
import { can, type Permission } from '@/lib/permissions';
import { authenticateToken, type ApiCaller } from '@/lib/server/api/authenticate-token';

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
      return errorResponse(error);
    }
  };
}
