import { API } from '@/lib/api/endpoints';
import { readQuery } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiClaimMatchQuery } from '@/lib/schemas/api';
import { findClaimMatches } from '@/lib/server/matching/find-claim-matches';

/** "Have we checked this already?": the workspace's claims that say what ?statement= says, best first. */
export const GET = apiRoute(API.findClaimMatches, async (request, { user, membership }) => {
  const { statement } = readQuery(request, ZApiClaimMatchQuery);
  return { matches: await findClaimMatches({ workspaceId: membership.workspace.id, userId: user.id, statement }) };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
