import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZAssignClaim } from '@/lib/schemas/claims';
import { assignClaim } from '@/lib/server/claims/assign-claim';

/** Gives the claim to a member who can check it, or to nobody: { version, assigneeId? }. */
export const POST = apiRoute(API.assignClaim, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZAssignClaim, params);
  return assignClaim({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
