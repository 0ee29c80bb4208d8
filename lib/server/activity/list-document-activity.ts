import 'server-only';
import { getDb } from '@/lib/db';
import { visibleActivity } from './visible-activity';

/**
 * The latest changes to a document and its annotations, claims and comments, newest first —
 * without anything about other members' private notes (filtered in the query: visibleActivity).
 */
export async function listDocumentActivity({
  userId,
  workspaceId,
  documentId,
  take = 15,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
  take?: number;
}) {
  const entries = await getDb().activity.findMany({
    where: { documentId, workspaceId, workspace: { memberships: { some: { userId } } }, ...visibleActivity(userId) },
    orderBy: { id: 'desc' },
    take,
    select: {
      id: true,
      action: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return entries.map(({ id, ...entry }) => ({ ...entry, id: id.toString() }));
}
