import { apiRoute } from '@/lib/http/token-routes';
import { getVersionOrThrow } from '@/lib/server/documents/get-version';

export const GET = apiRoute<{ documentId: string; versionId: string }>('workspace.read', async (_request, { user, membership, params }) =>
  getVersionOrThrow({ userId: user.id, workspaceId: membership.workspace.id, ...params }),
);
