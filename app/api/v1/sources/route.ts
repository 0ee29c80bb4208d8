import { apiRoute } from '@/lib/http/token-routes';
import { listSources } from '@/lib/server/sources/list-sources';

/** The workspace's sources, most relied on first (up to 500). */
export const GET = apiRoute('workspace.read', async (_request, { user, membership }) => ({
  sources: await listSources({ userId: user.id, workspaceId: membership.workspace.id }),
}));
