import { API } from '@/lib/api/endpoints';
import { AppError } from '@/lib/errors';
import { isJsonRequest } from '@/lib/http/read-request';
import { isMultipart, readW3cJson } from '@/lib/http/read-upload';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { exportW3cAnnotations } from '@/lib/server/annotations/export-w3c-annotations';
import { importW3cAnnotations } from '@/lib/server/annotations/import-w3c-annotations';
import { appOrigin } from '@/lib/server/links/app-url';

/** The document's annotations as a W3C AnnotationCollection, the file the app's export gives (positions in code points). */
export const GET = apiRoute(API.exportW3cAnnotations, async (request, { user, membership, params }) => {
  const collection = await exportW3cAnnotations({
    userId: user.id,
    workspaceId: membership.workspace.id,
    documentId: params.documentId,
    baseUrl: appOrigin(),
    collectionId: new URL(new URL(request.url).pathname, appOrigin()).toString(),
  });
  return new Response(JSON.stringify(collection, null, 2), {
    headers: {
      'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
      'content-disposition': `attachment; filename="annotations-${params.documentId}.jsonld"`,
    },
  });
});

/** W3C annotation JSON (the body, or a multipart "file"), anchored into the latest version as the app's import does. */
export const POST = apiRoute(API.importW3cAnnotations, async (request, { user, membership, params }) => {
  if (!isMultipart(request) && request.headers.has('content-type') && !isJsonRequest(request)) {
    throw new AppError('unsupported_type', 'Send W3C annotation JSON, or a multipart form with the file.');
  }
  const json = await readW3cJson(request);
  return importW3cAnnotations({
    workspaceId: membership.workspace.id,
    userId: user.id,
    documentId: params.documentId,
    json,
    signal: request.signal,
  });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
