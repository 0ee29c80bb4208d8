import 'server-only';
import { getDb } from '@/lib/db';

/** The workspace's tag vocabulary with how often each tag is used. */
export async function listTags({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  const tags = await getDb().tag.findMany({
    where: { workspaceId, workspace: { memberships: { some: { userId } } } },
    orderBy: { name: 'asc' },
    select: { id: true, version: true, name: true, color: true, parentId: true, _count: { select: { annotations: true } } },
  });
  return tags.map(({ _count, ...tag }) => ({ ...tag, usage: _count.annotations }));
}
