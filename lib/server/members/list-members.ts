import 'server-only';
import { getDb } from '@/lib/db';

/** Members of a workspace the caller belongs to, owners first. */
export async function listMembers({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  return getDb().membership.findMany({
    where: { workspaceId, workspace: { memberships: { some: { userId } } } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, version: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}
