import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { visibleAnnotations } from './visible-annotations';

/**
 * A person puts an orphaned (or misplaced) annotation on a new selection of a version; the
 * annotation's `version` goes up. With `version` (the annotation's, as the caller read it),
 * refused (409) when someone changed the annotation meanwhile.
 */
export async function reattachAnnotation({
  workspaceId,
  userId,
  annotationId,
  versionId,
  start,
  end,
  version,
}: {
  workspaceId: string;
  userId: string;
  annotationId: string;
  versionId: string;
  start: number;
  end: number;
  version?: number;
}) {
  return getDb().$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: { id: annotationId, workspaceId, ...visibleAnnotations(userId) },
      select: { documentId: true, visibility: true, authorId: true, exact: true, claim: { select: { id: true } } },
    });
    if (!annotation) throw notFound('This annotation');
    await lockForWrite(tx, { table: 'Annotation', id: annotationId, workspaceId, expected: version, what: 'This annotation' });
    const documentVersion = await tx.documentVersion.findFirst({
      where: { id: versionId, documentId: annotation.documentId },
      select: { plainText: true },
    });
    if (!documentVersion) throw notFound('This document version');
    if (end > documentVersion.plainText.length || !documentVersion.plainText.slice(start, end).trim())
      throw new AppError('invalid', 'Select some words of the text.');
    const before = await tx.annotationAnchor.findUnique({
      where: { annotationId_versionId: { annotationId, versionId } },
      select: { start: true, end: true, state: true },
    });
    await tx.annotationAnchor.upsert({
      where: { annotationId_versionId: { annotationId, versionId } },
      create: { annotationId, versionId, start, end, state: 'reattached', reattachedById: userId },
      update: { start, end, state: 'reattached', reattachedById: userId },
    });
    const updated = await tx.annotation.update({
      where: { id: annotationId },
      data: { version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'annotation.reattached',
      annotation,
      entityType: 'Annotation',
      entityId: annotationId,
      documentId: annotation.documentId,
      // in the claim's history too: where it was (with the words it was marked on) → where it is now
      claimId: annotation.claim?.id ?? null,
      before: { start: before?.start ?? null, end: before?.end ?? null, state: before?.state ?? 'orphaned', quote: annotation.exact },
      after: { start, end, quote: documentVersion.plainText.slice(start, end) },
    });
    return updated;
  });
}
