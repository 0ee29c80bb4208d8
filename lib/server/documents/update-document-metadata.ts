import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

type Metadata = { title: string; byline: string | null; originUrl: string | null; publishedAt: Date | null };

/**
 * Title, byline, origin URL and date are metadata: editing them makes no new version of the text,
 * but bumps the document's own version (409 when `metadataVersion` is not the one the caller read).
 */
export async function updateDocumentMetadata({
  workspaceId,
  userId,
  documentId,
  metadataVersion,
  ...metadata
}: Metadata & { workspaceId: string; userId: string; documentId: string; metadataVersion: number }) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.document.findFirst({
      where: { id: documentId, workspaceId },
      select: { title: true, byline: true, originUrl: true, publishedAt: true },
    });
    if (!before) throw notFound('This document');
    await lockForWrite(tx, { table: 'Document', id: documentId, workspaceId, expected: metadataVersion, what: 'This document' });
    const updated = await tx.document.update({
      where: { id: documentId },
      data: { ...metadata, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'document.metadata_changed',
      entityType: 'Document',
      entityId: documentId,
      documentId,
      before: { ...before, publishedAt: before.publishedAt?.toISOString() ?? null },
      after: { ...metadata, publishedAt: metadata.publishedAt?.toISOString() ?? null },
    });
    return { id: updated.id, metadataVersion: updated.version };
  });
}
