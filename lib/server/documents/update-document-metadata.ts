import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';

type Metadata = { title: string; byline: string | null; originUrl: string | null; publishedAt: Date | null };

/** Title, byline, origin URL and date are metadata: editing them makes no new version. */
export async function updateDocumentMetadata({ workspaceId, userId, documentId, ...metadata }: Metadata & { workspaceId: string; userId: string; documentId: string }) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.document.findFirst({
      where: { id: documentId, workspaceId },
      select: { title: true, byline: true, originUrl: true, publishedAt: true },
    });
    if (!before) throw notFound('This document');
    await tx.document.update({ where: { id: documentId }, data: metadata });
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
  });
}
