import { readBody, readQuery } from '@/lib/http/read-request';
import { apiRoute } from '@/lib/http/token-routes';
import { ZCreateAnnotation } from '@/lib/schemas/annotations';
import { ZApiAnnotationQuery } from '@/lib/schemas/api';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';

type Params = { documentId: string };

/** The annotations of the latest version (or of ?versionId=), in document order, with where each sits. */
export const GET = apiRoute<Params>('workspace.read', async (request, { user, membership, params }) => {
  const { versionId } = readQuery(request, ZApiAnnotationQuery);
  const scope = { userId: user.id, workspaceId: membership.workspace.id, documentId: params.documentId };
  const document = await getDocumentOrThrow(scope);
  const annotations = await listAnnotations({ ...scope, versionId: versionId ?? document.version.id });
  return { versionId: versionId ?? document.version.id, annotations };
});

/** Annotates [start, end) of the latest version; a claim or figure gets its Claim. */
export const POST = apiRoute<Params>(
  'annotation.create',
  async (request, { user, membership, params }) => {
    const input = await readBody(request, ZCreateAnnotation, params);
    return createAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  },
  { status: 201 },
);
