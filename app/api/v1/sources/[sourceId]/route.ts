import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { getSource } from '@/lib/server/sources/get-source';

/** A source with the documents citing it and the claims relying on it. */
export const GET = apiRoute(API.getSource, async (_request, { user, membership, params }) =>
  getSource({ userId: user.id, workspaceId: membership.workspace.id, sourceId: params.sourceId }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
