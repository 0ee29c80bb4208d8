import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { archiveDocument } from '@/lib/server/documents/archive-document';

/** Archives the document: it leaves the documents list and keeps its work. */
export const POST = apiRoute(API.archiveDocument, async (_request, { user, membership, params }) =>
  archiveDocument({ workspaceId: membership.workspace.id, userId: user.id, documentId: params.documentId, archived: true }),
);

/** Brings it back from the archive. */
export const DELETE = apiRoute(API.unarchiveDocument, async (_request, { user, membership, params }) =>
  archiveDocument({ workspaceId: membership.workspace.id, userId: user.id, documentId: params.documentId, archived: false }),
);

export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
