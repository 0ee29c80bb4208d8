import { readQuery } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiClaimQuery } from '@/lib/schemas/api';
import { listClaims } from '@/lib/server/claims/list-claims';

/** One page (50) of the claim board, filtered as in the Claims tab; ?documentId= for one document's; ?after= / ?before= page on. */
export const GET = apiRoute(API.listClaims, async (request, { user, membership }) => {
  const { documentId, ...filters } = readQuery(request, ZApiClaimQuery);
  const { rows, total, totalIsCapped, page, pageCount, next, previous } = await listClaims(
    { userId: user.id, workspaceId: membership.workspace.id, documentId },
    filters,
  );
  return { claims: rows, total, totalIsCapped, page, pageCount, next, previous };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
