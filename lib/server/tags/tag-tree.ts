import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';

/** The parent must be a tag of the same workspace, and not the tag itself or one of its descendants. */
export async function assertValidParent(
  tx: DbTransaction,
  { workspaceId, tagId, parentId }: { workspaceId: string; tagId: string | null; parentId: string | null },
) {
  for (let current = parentId, depth = 0; current; depth++) {
    if (current === tagId) throw new AppError('invalid', 'A tag cannot be nested inside itself.', { parentId: ['Choose another parent.'] });
    const parent = await tx.tag.findFirst({ where: { id: current, workspaceId }, select: { parentId: true } });
    if (!parent) throw notFound('The parent tag');
    if (depth > 50) throw new AppError('invalid', 'Tags are nested too deeply.');
    current = parent.parentId;
  }
}
