import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { visibleAnnotations } from './visible-annotations';

/**
 * Deletes an annotation: its author may, and editors and owners may delete anyone's. With
 * `version`, refused (409) when someone changed the annotation since the caller read it.
 */
export async function deleteAnnotation({
  workspaceId,
  userId,
  role,
  annotationId,
  version,
}: {
  workspaceId: string;
  userId: string;
  role: WorkspaceRole;
  annotationId: string;
  version?: number;
}) {
  await getDb().$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: { id: annotationId, workspaceId, ...visibleAnnotations(userId) },
      select: { authorId: true, visibility: true, documentId: true, kind: true, exact: true },
    });
    if (!annotation) throw notFound('This annotation');
    if (annotation.authorId !== userId && role !== 'owner' && role !== 'editor') {
      throw new AppError('forbidden', 'Only its author, an editor or an owner can delete this annotation.');
    }
    await lockForWrite(tx, { table: 'Annotation', id: annotationId, workspaceId, expected: version, what: 'This annotation' });
    await tx.annotation.delete({ where: { id: annotationId } });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'annotation.deleted',
      annotation,
      entityType: 'Annotation',
      entityId: annotationId,
      documentId: annotation.documentId,
      before: { kind: annotation.kind, exact: annotation.exact },
    });
  });
}
