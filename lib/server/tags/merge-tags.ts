import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

/**
 * Merges `source` into `target`: its annotations get the target tag (once), its children move
 * under the target, and the source tag is deleted — all in one transaction. With
 * `sourceVersion`, refused (409) when the source tag changed since the caller read it.
 */
export async function mergeTags({
  workspaceId,
  userId,
  sourceTagId,
  targetTagId,
  sourceVersion,
}: {
  workspaceId: string;
  userId: string;
  sourceTagId: string;
  targetTagId: string;
  sourceVersion?: number;
}) {
  return getDb().$transaction(async (tx) => {
    const tags = await tx.tag.findMany({
      where: { id: { in: [sourceTagId, targetTagId] }, workspaceId },
      select: { id: true, name: true },
    });
    if (tags.length !== 2) throw notFound('One of these tags');
    await lockForWrite(tx, { table: 'Tag', id: sourceTagId, workspaceId, expected: sourceVersion, what: 'This tag' });
    await lockForWrite(tx, { table: 'Tag', id: targetTagId, workspaceId, what: 'This tag' });
    const moved = await tx.$executeRaw`
      INSERT INTO "AnnotationTag" ("annotationId", "tagId", "createdAt")
      SELECT "annotationId", ${targetTagId}, "createdAt" FROM "AnnotationTag" WHERE "tagId" = ${sourceTagId}
      ON CONFLICT DO NOTHING`;
    await tx.tag.updateMany({ where: { parentId: sourceTagId, workspaceId }, data: { parentId: targetTagId, version: { increment: 1 } } });
    await tx.tag.delete({ where: { id: sourceTagId } });
    await tx.tag.update({ where: { id: targetTagId }, data: { version: { increment: 1 } }, select: { id: true } });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'tag.merged',
      entityType: 'Tag',
      entityId: targetTagId,
      before: { source: tags.find((tag) => tag.id === sourceTagId)!.name },
      after: { into: tags.find((tag) => tag.id === targetTagId)!.name, annotations: moved },
    });
    return { moved };
  });
}
