import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** An uploaded piece of evidence of the workspace with its file's text and where its quote sits; another workspace's is not found. */
export async function getEvidenceFileText({ workspaceId, evidenceId }: { workspaceId: string; evidenceId: string }) {
  const evidence = await getDb().evidence.findFirst({
    where: { id: evidenceId, claim: { workspaceId }, uploadId: { not: null } },
    select: {
      id: true,
      kind: true,
      title: true,
      quote: true,
      quoteStart: true,
      quoteEnd: true,
      claim: { select: { id: true, statement: true, annotation: { select: { id: true, documentId: true } } } },
      upload: { select: { id: true, fileName: true, contentType: true, byteLength: true, sha256: true, createdAt: true, text: true } },
    },
  });
  if (!evidence?.upload) throw notFound('This evidence');
  return { ...evidence, upload: evidence.upload };
}
