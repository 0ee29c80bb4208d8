import { readQuery } from '@/lib/http/read-request';
import { ZApiDocumentQuery } from '@/lib/schemas/api';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { listDocuments } from '@/lib/server/documents/list-documents';

/** The documents in use, most recently changed first; ?archived=true for the archived ones. */
export const GET = apiRoute(API.listDocuments, async (request, { user, membership }) => {
  const { archived } = readQuery(request, ZApiDocumentQuery);
  return { documents: await listDocuments({ userId: user.id, workspaceId: membership.workspace.id, archived: archived === 'true' }) };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
