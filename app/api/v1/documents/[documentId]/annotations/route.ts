import { readBody, readQuery } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZCreateAnnotation } from '@/lib/schemas/annotations';
import { ZApiAnnotationQuery } from '@/lib/schemas/api';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { getLatestVersionIdOrThrow } from '@/lib/server/documents/get-latest-version-id';
import { getVersionOrThrow } from '@/lib/server/documents/get-version';

/** The annotations of the latest version (or of ?versionId=), in document order, with where each sits. */
export const GET = apiRoute(API.listAnnotations, async (request, { user, membership, params }) => {
  const { versionId } = readQuery(request, ZApiAnnotationQuery);
  const scope = { userId: user.id, workspaceId: membership.workspace.id, documentId: params.documentId };
  // a versionId that is not a version of this document is not found, like any other unknown id
  const id = versionId ? (await getVersionOrThrow({ ...scope, versionId })).id : await getLatestVersionIdOrThrow(scope);
  return { versionId: id, annotations: await listAnnotations({ ...scope, versionId: id }) };
});

/** Annotates [start, end) of the latest version; a claim or figure gets its Claim. */
export const POST = apiRoute(API.createAnnotation, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZCreateAnnotation, params);
  return createAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
