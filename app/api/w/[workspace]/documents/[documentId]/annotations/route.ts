// GET a document's annotations as a W3C Web Annotation collection (JSON-LD), as a download:
// every kind, the ones the caller may see, each where it sits in the latest version — the file
// the import next door takes back (into a copy, or a revised version, of the same text).
import { AppError } from '@/lib/errors';
import { workspaceRoute } from '@/lib/http/session-routes';
import { exportW3cAnnotations } from '@/lib/server/annotations/export-w3c-annotations';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const { documentId } = await context.params;
  const handle = workspaceRoute('export.read', async (request, { user, membership }) => {
    if (!documentId || documentId.length > 64) throw new AppError('not_found', 'This document was not found.');
    const collection = await exportW3cAnnotations({
      userId: user.id,
      workspaceId: membership.workspace.id,
      documentId,
      baseUrl: new URL(request.url).origin,
      collectionId: request.url,
    });
    return new Response(JSON.stringify(collection, null, 2), {
      headers: {
        'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
        'content-disposition': `attachment; filename="annotations-${documentId}.jsonld"`,
      },
    });
  });
  return handle(request, context);
}
