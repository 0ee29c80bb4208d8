import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZDocumentMetadata } from '@/lib/schemas/documents';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { updateDocumentMetadata } from '@/lib/server/documents/update-document-metadata';

export const GET = apiRoute(API.getDocument, async (_request, { user, membership, params }) =>
  getDocumentOrThrow({ userId: user.id, workspaceId: membership.workspace.id, documentId: params.documentId }),
);

/** Edits the metadata: { metadataVersion, title, byline?, originUrl?, publishedAt? } (409 when it changed since metadataVersion). */
export const PATCH = apiRoute(API.updateDocument, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZDocumentMetadata, {});
  return updateDocumentMetadata({ workspaceId: membership.workspace.id, userId: user.id, documentId: params.documentId, ...input });
});

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
