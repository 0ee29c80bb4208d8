// POST W3C Web Annotation JSON (a JSON body, or a multipart "file" field) to import it into the
// document's latest version: each annotation is anchored with lib/anchoring, the unplaceable
// ones become orphans. Answers { placed, orphaned, skipped: [{ index, reason }] }; errors are
// JSON { code, error } (413 for a file that is too big, 422 for one that is not JSON or holds no annotations).
import { AppError } from '@/lib/errors';
import { readBytes, readForm } from '@/lib/http/read-request';
import { workspaceRoute } from '@/lib/http/session-routes';
import { importW3cAnnotations, MAX_W3C_IMPORT_BYTES } from '@/lib/server/annotations/import-w3c-annotations';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

// A file chosen in the form (multipart), or the JSON itself as the body.
const W3C_IMPORT_TYPES = ['multipart/form-data', 'application/json', 'application/ld+json'];

const TOO_LARGE = `Annotation files up to ${MAX_W3C_IMPORT_BYTES / 1024 / 1024} MB can be imported.`;

/** The text of the upload: a multipart form's "file", or the body itself, read within the limit. */
async function readUpload(request: Request): Promise<string> {
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await readForm(request, MAX_W3C_IMPORT_BYTES + 64 * 1024, TOO_LARGE);
    const file = form?.get('file');
    if (!(file instanceof File) || file.size === 0) throw new AppError('invalid', 'Choose a W3C annotation JSON file to import.');
    if (file.size > MAX_W3C_IMPORT_BYTES) throw new AppError('too_large', TOO_LARGE);
    return file.text();
  }
  const text = Buffer.from(await readBytes(request, MAX_W3C_IMPORT_BYTES, TOO_LARGE)).toString('utf8');
  if (!text.trim()) throw new AppError('invalid', 'Send W3C annotation JSON, as the body or as a file.');
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('invalid', 'The file is not valid JSON.');
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { documentId } = await context.params;
  const handle = workspaceRoute({ permission: 'annotation.create', accepts: W3C_IMPORT_TYPES }, async (request, { user, membership }) => {
    if (!documentId || documentId.length > 64) throw new AppError('not_found', 'This document was not found.');
    const json = parseJson(await readUpload(request));
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
