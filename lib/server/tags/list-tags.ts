import 'server-only';
import { getDb } from '@/lib/db';
import { visibleAnnotations } from '../annotations/visible-annotations';

/** The workspace's tag vocabulary with how often each tag is used on annotations the user may see. */
export async function listTags({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  const tags = await getDb().tag.findMany({
    where: { workspaceId, workspace: { memberships: { some: { userId } } } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      version: true,
      name: true,
      color: true,
      parentId: true,
      _count: { select: { annotations: { where: { annotation: visibleAnnotations(userId) } } } },
    },
  });
  return tags.map(({ _count, ...tag }) => ({ ...tag, usage: _count.annotations }));
}
