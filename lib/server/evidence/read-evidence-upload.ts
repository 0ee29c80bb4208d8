import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** An upload of the workspace with its bytes, to serve it; another workspace's is not found. */
export async function readEvidenceUpload({ workspaceId, uploadId }: { workspaceId: string; uploadId: string }) {
  const upload = await getDb().evidenceUpload.findFirst({
    where: { id: uploadId, workspaceId },
    select: { fileName: true, contentType: true, byteLength: true, sha256: true, bytes: true },
  });
  if (!upload) throw notFound('This file');
  return upload;
}
