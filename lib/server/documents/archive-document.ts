import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';

/**
 * Archives a document (or, with `archived: false`, brings it back): it leaves the documents list
 * but keeps its versions, annotations, claims and links. Archiving an archived document changes
 * nothing. Another workspace's document is "not found".
 */
export async function archiveDocument({
  workspaceId,
  userId,
  documentId,
  archived,
}: {
  workspaceId: string;
  userId: string;
  documentId: string;
  archived: boolean;
}) {
  return getDb().$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true, archivedAt: true } });
    if (!document) throw notFound('This document');
    if ((document.archivedAt !== null) === archived) return document;
    const updated = await tx.document.update({
      where: { id: documentId },
      data: { archivedAt: archived ? new Date() : null },
      select: { id: true, archivedAt: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: archived ? 'document.archived' : 'document.unarchived',
      entityType: 'Document',
      entityId: documentId,
      documentId,
    });
    return updated;
  });
}
