import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { assertValidParent } from './tag-tree';

/** Renames, recolours or re-nests a tag (409 when it changed since `version`). */
export async function updateTag({
  workspaceId,
  userId,
  tagId,
  version,
  name,
  color,
  parentId,
}: {
  workspaceId: string;
  userId: string;
  tagId: string;
  version: number;
  name: string;
  color: string;
  parentId: string | null;
}) {
  try {
    return await getDb().$transaction(async (tx) => {
      const before = await tx.tag.findFirst({ where: { id: tagId, workspaceId }, select: { name: true, color: true, parentId: true } });
      if (!before) throw notFound('This tag');
      await lockForWrite(tx, { table: 'Tag', id: tagId, workspaceId, expected: version, what: 'This tag' });
      await assertValidParent(tx, { workspaceId, tagId, parentId });
      const updated = await tx.tag.update({
        where: { id: tagId },
        data: { name, color, parentId, version: { increment: 1 } },
        select: { id: true, version: true },
      });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'tag.updated',
        entityType: 'Tag',
        entityId: tagId,
        before,
        after: { name, color, parentId },
      });
      return updated;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `There is already a tag called “${name}”.`, { name: ['Already exists.'] });
    }
    throw error;
  }
}
