import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { assertValidParent } from './tag-tree';

export async function createTag({
  workspaceId,
  userId,
  name,
  color,
  parentId,
}: {
  workspaceId: string;
  userId: string;
  name: string;
  color: string;
  parentId: string | null;
}) {
  try {
    return await getDb().$transaction(async (tx) => {
      await assertValidParent(tx, { workspaceId, tagId: null, parentId });
      const tag = await tx.tag.create({
        data: { workspaceId, name, color, parentId },
        select: { id: true, version: true, name: true, color: true },
      });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'tag.created',
        entityType: 'Tag',
        entityId: tag.id,
        after: { name, color, parentId },
      });
      return tag;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', `There is already a tag called “${name}”.`, { name: ['Already exists.'] });
    }
    throw error;
  }
}
