import 'server-only';
import { getDb } from '@/lib/db';
import { visibleActivity } from './visible-activity';

export const ACTIVITY_PAGE_SIZE = 50;

/**
 * The workspace's activity feed, newest first, one page at a time: entries older than `cursor`
 * (an entry id), without anything kept for another member alone (their private notes and
 * their discussion: visibleActivity, in the query). `nextCursor` is null on the last page.
 */
export async function listWorkspaceActivity({ userId, workspaceId, cursor }: { userId: string; workspaceId: string; cursor?: bigint }) {
  const entries = await getDb().activity.findMany({
    where: {
      workspaceId,
      workspace: { memberships: { some: { userId } } },
      ...visibleActivity(userId),
      ...(cursor === undefined ? {} : { id: { lt: cursor } }),
    },
    orderBy: { id: 'desc' },
    take: ACTIVITY_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      documentId: true,
      claimId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  const page = entries.slice(0, ACTIVITY_PAGE_SIZE);
  return {
    activities: page.map(({ id, ...entry }) => ({ ...entry, id: id.toString() })),
    nextCursor: entries.length > ACTIVITY_PAGE_SIZE ? page.at(-1)!.id.toString() : null,
  };
}
