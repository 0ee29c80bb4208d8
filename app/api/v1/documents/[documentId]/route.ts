import { apiRoute } from '@/lib/api/route';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';

export const GET = apiRoute<{ documentId: string }>('workspace.read', async (_request, { user, membership, params }) =>
  getDocumentOrThrow({ userId: user.id, workspaceId: membership.workspace.id, documentId: params.documentId }),
);
