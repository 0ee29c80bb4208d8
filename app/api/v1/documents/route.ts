import { apiRoute } from '@/lib/http/token-routes';
import { listDocuments } from '@/lib/server/documents/list-documents';

export const GET = apiRoute('workspace.read', async (_request, { user, membership }) => ({
  documents: await listDocuments({ userId: user.id, workspaceId: membership.workspace.id }),
}));
