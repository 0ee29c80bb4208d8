// POST a file (multipart field "file") to import it — as a new document, or with a
// "documentId" field as the next version of that document. The answer streams NDJSON lines —
// {"type":"progress","done":3,"total":300} … then {"type":"done","documentId":…,"notice":…} or
// {"type":"error","error":…} — so a 300-page PDF shows progress instead of blocking.
import { toAppError } from '@/lib/errors';
import { citationNotice } from '@/lib/import/citations';
import { readImportFile } from '@/lib/http/read-upload';
import { workspaceRoute } from '@/lib/http/session-routes';
import { createVersion } from '@/lib/server/documents/create-version';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { importDocument } from '@/lib/server/documents/import-document';
import { readUploadedFile } from '@/lib/server/work/heavy-jobs';

// A file chosen in a form; the browser posts it from this site's pages only (lib/http/cross-origin.ts).
const IMPORT_ROUTE = { permission: 'document.import', accepts: ['multipart/form-data'] } as const;

export const POST = workspaceRoute(IMPORT_ROUTE, async (request, { user, membership }) => {
  const { file, form } = await readImportFile(request);
  const target = form.get('documentId');
  const documentId = typeof target === 'string' && target ? target : null;
  if (documentId) await getDocumentOrThrow({ userId: user.id, workspaceId: membership.workspace.id, documentId }); // 404 before streaming

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const imported = await readUploadedFile(
          { name: file.name, type: file.type, bytes },
          { signal: request.signal, onProgress: ({ done, total }) => send({ type: 'progress', done, total }) },
        );
        const workspaceId = membership.workspace.id;
        if (documentId) {
          const { blocks, urls } = imported;
          const summary = `Imported again from ${file.name}`;
          const version = await createVersion({ workspaceId, userId: user.id, documentId, blocks, urls, origin: 'reimport', summary });
          send({ type: 'done', documentId, notice: citationNotice(version.citations.leftOut) });
        } else {
          const document = await importDocument({ workspaceId, userId: user.id, imported, origin: 'file' });
          send({ type: 'done', documentId: document.id, notice: document.notice });
        }
      } catch (error) {
        const known = toAppError(error);
        const message = known ? known.message : 'The import failed on our side. Please try again.';
        if (!known) console.error(error);
        send({ type: 'error', error: message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
});
