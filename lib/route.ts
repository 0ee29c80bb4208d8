// Route handlers in one shape, the HTTP twin of lib/actions/define-action.ts: 401 signed out, 404 not a member
// (or no such workspace), 403 role too weak, 422 invalid, with a JSON { code, error } body.
import { HTTP_STATUS, toAppError } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import { ZWorkspaceSlug } from '@/lib/schemas/workspace';
import { requireActionUser, type CurrentUser } from '@/lib/server/session/current-user';
import { getMembershipOrThrow, type WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { parseInput } from '@/lib/validation';

type RouteContext = { params: Promise<{ workspace: string }> };

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError) return Response.json({ code: appError.code, error: appError.message, fieldErrors: appError.fieldErrors }, { status: HTTP_STATUS[appError.code] });
  console.error(error);
  return Response.json({ code: 'internal', error: 'Something went wrong on our side. Please try again.' }, { status: 500 });
}

export function workspaceRoute(
  permission: Permission,
  handler: (request: Request, context: { user: CurrentUser; membership: WorkspaceMembership }) => Promise<Response>,
) {
  return async (request: Request, { params }: RouteContext): Promise<Response> => {
    try {
      const user = await requireActionUser();
      const slug = parseInput(ZWorkspaceSlug, (await params).workspace);
      const membership = await getMembershipOrThrow({ userId: user.id, slug, permission });
      return await handler(request, { user, membership });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
