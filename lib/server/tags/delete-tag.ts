import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

/**
 * Deletes a tag: it leaves its annotations (they keep their other tags); children move up.
 * With `version`, refused (409) when someone changed the tag since the caller read it.
 */
export async function deleteTag({
  workspaceId,
  userId,
  tagId,
  version,
}: {
  workspaceId: string;
  userId: string;
  tagId: string;
  version?: number;
}) {
  await getDb().$transaction(async (tx) => {
    const tag = await tx.tag.findFirst({ where: { id: tagId, workspaceId }, select: { name: true, parentId: true } });
    if (!tag) throw notFound('This tag');
    await lockForWrite(tx, { table: 'Tag', id: tagId, workspaceId, expected: version, what: 'This tag' });
    await tx.tag.updateMany({ where: { parentId: tagId, workspaceId }, data: { parentId: tag.parentId, version: { increment: 1 } } });
    await tx.tag.delete({ where: { id: tagId } });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'tag.deleted',
      entityType: 'Tag',
      entityId: tagId,
      before: { name: tag.name },
    });
  });
}
