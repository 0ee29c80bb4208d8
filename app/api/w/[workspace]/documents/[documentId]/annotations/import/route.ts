// POST W3C Web Annotation JSON (a JSON body, or a multipart "file" field) to import it into the
// document's latest version: each annotation is anchored with lib/anchoring, the unplaceable
// ones become orphans. Answers { placed, orphaned, skipped: [{ index, reason }] }; errors are
// JSON { code, error } (413 for a file that is too big, 422 for one that is not JSON or holds no annotations).
import { AppError } from '@/lib/errors';
import { readW3cJson } from '@/lib/http/read-upload';
import { workspaceRoute } from '@/lib/http/session-routes';
import { importW3cAnnotations } from '@/lib/server/annotations/import-w3c-annotations';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

// A file chosen in the form (multipart), or the JSON itself as the body.
const W3C_IMPORT_TYPES = ['multipart/form-data', 'application/json', 'application/ld+json'];

export async function POST(request: Request, context: Context): Promise<Response> {
  const { documentId } = await context.params;
  const handle = workspaceRoute({ permission: 'annotation.create', accepts: W3C_IMPORT_TYPES }, async (request, { user, membership }) => {
    if (!documentId || documentId.length > 64) throw new AppError('not_found', 'This document was not found.');
    const json = await readW3cJson(request);
    const summary = await importW3cAnnotations({
      workspaceId: membership.workspace.id,
      userId: user.id,
      documentId,
      json,
      signal: request.signal,
    });
    return Response.json(summary);
  });
  return handle(request, context);
}
