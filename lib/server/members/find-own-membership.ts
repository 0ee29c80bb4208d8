import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** The caller's own membership row in a workspace (for leaving it). */
export async function findOwnMembershipId({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  const membership = await getDb().membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!membership) throw notFound('This membership');
  return membership.id;
}
