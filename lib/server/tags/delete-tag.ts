import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';

/** Deletes a tag: it leaves its annotations (they keep their other tags); children move up. */
export async function deleteTag({ workspaceId, userId, tagId }: { workspaceId: string; userId: string; tagId: string }) {
  await getDb().$transaction(async (tx) => {
    const tag = await tx.tag.findFirst({ where: { id: tagId, workspaceId }, select: { name: true, parentId: true } });
    if (!tag) throw notFound('This tag');
    await tx.tag.updateMany({ where: { parentId: tagId, workspaceId }, data: { parentId: tag.parentId } });
    await tx.tag.delete({ where: { id: tagId } });
    await recordActivity(tx, { workspaceId, actorId: userId, action: 'tag.deleted', entityType: 'Tag', entityId: tagId, before: { name: tag.name } });
  });
}
