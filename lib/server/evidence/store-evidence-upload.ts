import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { EVIDENCE_UPLOAD_TOO_LARGE, isImage, MAX_EVIDENCE_UPLOAD_BYTES, uploadContentType } from '@/lib/evidence/upload-limits';
import { importedText } from '@/lib/import/imported-text';
import { readUploadedFile } from '@/lib/server/work/heavy-jobs';

/** What the panel and the routes show of an upload: never its bytes. */
export const UPLOAD_FIELDS = {
  id: true,
  fileName: true,
  contentType: true,
  byteLength: true,
  sha256: true,
  createdAt: true,
  uploadedBy: { select: { id: true, name: true, email: true } },
} as const;

/** The file's text through the importers (PDF, Word, HTML, Markdown, text) in the worker pool; null when it has none Margin reads. */
async function readText(file: { name: string; type: string; bytes: Uint8Array }, signal?: AbortSignal) {
  if (isImage(file.type)) return null;
  try {
    return importedText(await readUploadedFile(file, { signal }));
  } catch (error) {
    // Not a format Margin reads, no text in it, or too slow to read: the file is kept, without text.
    // A busy server (rate_limited) is refused instead, so no file is kept without the text it has.
    if (error instanceof AppError && error.code === 'invalid') return null;
    throw error;
  }
}

/**
 * Keeps a file a member uploaded as evidence (PostgreSQL bytea, capped) with its SHA-256, size,
 * type, uploader, time and its text. The same bytes uploaded again in the workspace are the same
 * upload (the first one's name and uploader).
 */
export async function storeEvidenceUpload({
  workspaceId,
  userId,
  file,
  signal,
}: {
  workspaceId: string;
  userId: string;
  file: { name: string; type: string; bytes: Uint8Array };
  signal?: AbortSignal;
}) {
  if (file.bytes.byteLength === 0) throw new AppError('invalid', 'Choose a file to upload.');
  if (file.bytes.byteLength > MAX_EVIDENCE_UPLOAD_BYTES) throw new AppError('too_large', EVIDENCE_UPLOAD_TOO_LARGE);
  const db = getDb();
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const select = { ...UPLOAD_FIELDS, text: true } as const;
  const known = await db.evidenceUpload.findUnique({ where: { workspaceId_sha256: { workspaceId, sha256 } }, select });
  if (known) return known;
  const contentType = uploadContentType(file.type);
  const fileName = file.name.trim().slice(0, 255) || 'upload';
  const text = await readText({ name: fileName, type: contentType, bytes: file.bytes }, signal);
  if (signal?.aborted) throw new AppError('invalid', 'The upload was cancelled.');
  return db.evidenceUpload.upsert({
    where: { workspaceId_sha256: { workspaceId, sha256 } },
    create: {
      workspaceId,
      fileName,
      contentType,
      byteLength: file.bytes.byteLength,
      sha256,
      bytes: Buffer.from(file.bytes),
      text,
      uploadedById: userId,
    },
    update: {},
    select,
  });
}
