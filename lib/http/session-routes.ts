// Route handlers the app's own pages call inside a workspace (app/api/w/[workspace]/…), signed
// in with the session cookie — the HTTP twin of lib/actions/define-action.ts: 401 signed out,
// 404 not a member (or no such workspace), 403 role too weak, 422 invalid, JSON { code, error }.
// Because the cookie rides along with any request to this site, an unsafe method (POST, PUT,
// PATCH, DELETE) is first checked to come from this site's own pages, in a content type the
// route declares (lib/http/cross-origin.ts): 403 from another site, 415 another type. A route
// that declares no types refuses every unsafe request.
import { checkUnsafeRequest } from '@/lib/http/cross-origin';
import { errorResponse } from '@/lib/http/error-response';
import type { Permission } from '@/lib/permissions';
import { ZWorkspaceSlug } from '@/lib/schemas/workspace';
import { appOrigin } from '@/lib/server/links/app-url';
import { requireActionUser, type CurrentUser } from '@/lib/server/session/current-user';
import { getMembershipOrThrow, type WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { parseInput } from '@/lib/validation';

type RouteContext = { params: Promise<{ workspace: string }> };

/** A permission alone (read-only routes), or with the media types an unsafe method's body may have. */
export type WorkspaceRouteOptions = Permission | { permission: Permission; accepts: readonly string[] };

export function workspaceRoute(
  options: WorkspaceRouteOptions,
  handler: (request: Request, context: { user: CurrentUser; membership: WorkspaceMembership }) => Promise<Response>,
) {
  const { permission, accepts } = typeof options === 'string' ? { permission: options, accepts: [] } : options;
  return async (request: Request, { params }: RouteContext): Promise<Response> => {
    try {
      const refusal = checkUnsafeRequest(request, { appOrigin: appOrigin(), accepts });
      if (refusal) throw refusal;
      const user = await requireActionUser();
      const slug = parseInput(ZWorkspaceSlug, (await params).workspace);
      const membership = await getMembershipOrThrow({ userId: user.id, slug, permission });
      return await handler(request, { user, membership });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
