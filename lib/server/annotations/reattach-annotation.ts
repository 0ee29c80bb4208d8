import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';

/** A person puts an orphaned (or misplaced) annotation on a new selection of a version. */
export async function reattachAnnotation({
  workspaceId,
  userId,
  annotationId,
  versionId,
  start,
  end,
}: {
  workspaceId: string;
  userId: string;
  annotationId: string;
  versionId: string;
  start: number;
  end: number;
}) {
  await getDb().$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: { id: annotationId, workspaceId, OR: [{ visibility: 'shared' }, { authorId: userId }] },
      select: { documentId: true },
    });
    if (!annotation) throw notFound('This annotation');
    const version = await tx.documentVersion.findFirst({ where: { id: versionId, documentId: annotation.documentId }, select: { plainText: true } });
    if (!version) throw notFound('This document version');
    if (end > version.plainText.length || !version.plainText.slice(start, end).trim()) throw new AppError('invalid', 'Select some words of the text.');
    const before = await tx.annotationAnchor.findUnique({ where: { annotationId_versionId: { annotationId, versionId } }, select: { start: true, end: true, state: true } });
    await tx.annotationAnchor.upsert({
      where: { annotationId_versionId: { annotationId, versionId } },
      create: { annotationId, versionId, start, end, state: 'reattached', reattachedById: userId },
      update: { start, end, state: 'reattached', reattachedById: userId },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'annotation.reattached',
      entityType: 'Annotation',
      entityId: annotationId,
      documentId: annotation.documentId,
      before: before ?? undefined,
      after: { start, end, quote: version.plainText.slice(start, end) },
    });
  });
}
