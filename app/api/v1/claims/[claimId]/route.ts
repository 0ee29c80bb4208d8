import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZUpdateClaim } from '@/lib/schemas/claims';
import { getClaim } from '@/lib/server/claims/get-claim';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';

/** A claim with its evidence, people and history. */
export const GET = apiRoute(API.getClaim, async (_request, { user, membership, params }) =>
  getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: params.claimId }),
);

/**
 * Rewords the statement: { version, statement, sendBack? } (409 when the claim changed since
 * `version`, when it was reviewed, or when its verdict awaits review and `sendBack` is not true).
 */
export const PATCH = apiRoute(API.updateClaim, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZUpdateClaim, params);
  return updateClaimStatement({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
