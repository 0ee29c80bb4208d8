// POST a file (multipart field "file") to keep it as evidence: a document, an image, a dataset.
// Counted while it streams in (413 past the cap, nothing kept); its text is read in the worker
// pool. Answers 201 with the upload (id, name, type, size, SHA-256) and its text, in which the
// person then selects the quote; the evidence itself is added with addEvidenceAction.
import { EVIDENCE_UPLOAD_TOO_LARGE, MAX_EVIDENCE_UPLOAD_BYTES } from '@/lib/evidence/upload-limits';
import { readFormFile } from '@/lib/http/read-upload';
import { workspaceRoute } from '@/lib/http/session-routes';
import { storeEvidenceUpload } from '@/lib/server/evidence/store-evidence-upload';

// A file chosen in a form; the browser posts it from this site's pages only (lib/http/cross-origin.ts).
const UPLOAD_ROUTE = { permission: 'claim.verify', accepts: ['multipart/form-data'] } as const;

export const POST = workspaceRoute(UPLOAD_ROUTE, async (request, { user, membership }) => {
  const { file } = await readFormFile(request, MAX_EVIDENCE_UPLOAD_BYTES, EVIDENCE_UPLOAD_TOO_LARGE, 'Choose a file to upload.', 'upload');
  const upload = await storeEvidenceUpload({
    workspaceId: membership.workspace.id,
    userId: user.id,
    file: { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    signal: request.signal,
  });
  return Response.json(upload, { status: 201 });
});
