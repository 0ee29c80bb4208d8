// Route handlers the app's own pages call inside a workspace (app/api/w/[workspace]/…), signed
// in with the session cookie — the HTTP twin of lib/actions/define-action.ts: 401 signed out,
// 404 not a member (or no such workspace), 403 role too weak, 422 invalid, JSON { code, error }.
import { errorResponse } from '@/lib/http/error-response';
import type { Permission } from '@/lib/permissions';
import { ZWorkspaceSlug } from '@/lib/schemas/workspace';
import { requireActionUser, type CurrentUser } from '@/lib/server/session/current-user';
import { getMembershipOrThrow, type WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { parseInput } from '@/lib/validation';

type RouteContext = { params: Promise<{ workspace: string }> };

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
