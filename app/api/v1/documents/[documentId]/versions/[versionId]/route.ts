import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { getVersionOrThrow } from '@/lib/server/documents/get-version';

export const GET = apiRoute(API.getVersion, async (_request, { user, membership, params }) =>
  getVersionOrThrow({ userId: user.id, workspaceId: membership.workspace.id, ...params }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
