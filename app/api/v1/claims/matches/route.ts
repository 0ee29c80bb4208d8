import { API } from '@/lib/api/endpoints';
import { readQuery } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiClaimMatchQuery } from '@/lib/schemas/api';
import { findClaimMatches, findPublishedMatches, MATCHES_SHOWN } from '@/lib/server/matching/find-claim-matches';

/** "Have we checked this already?": the workspace's claims and published fact checks that say what ?statement= says, best first. */
export const GET = apiRoute(API.findClaimMatches, async (request, { user, membership }) => {
  const { statement } = readQuery(request, ZApiClaimMatchQuery);
  const scope = { workspaceId: membership.workspace.id, userId: user.id, statement };
  const [claims, published] = await Promise.all([findClaimMatches(scope), findPublishedMatches(scope)]);
  return { matches: [...claims, ...published].sort((a, b) => b.score - a.score).slice(0, MATCHES_SHOWN) };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
