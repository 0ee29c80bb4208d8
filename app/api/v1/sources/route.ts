import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { listSources } from '@/lib/server/sources/list-sources';

/** The workspace's sources, most relied on first (up to 500). */
export const GET = apiRoute(API.listSources, async (_request, { user, membership }) => ({
  sources: await listSources({ userId: user.id, workspaceId: membership.workspace.id }),
}));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
