import 'server-only';
import { getDb } from '@/lib/db';

type Change = Record<string, unknown> | null;
const annotationOf = (change: Change) => (typeof change?.annotationId === 'string' ? change.annotationId : null);

/**
 * The latest changes to a document and its annotations, claims and comments, newest first —
 * without anything about other members' private notes.
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
  const db = getDb();
  const [entries, hidden] = await Promise.all([
    db.activity.findMany({
      where: { documentId, workspaceId, workspace: { memberships: { some: { userId } } } },
      orderBy: { id: 'desc' },
      take: take * 4,
      select: {
        id: true,
        action: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db.annotation.findMany({ where: { documentId, visibility: 'private', NOT: { authorId: userId } }, select: { id: true } }),
  ]);
  const isHidden = new Set(hidden.map((annotation) => annotation.id));
  return entries
    .filter(
      (entry) =>
        !isHidden.has(entry.entityId) &&
        ![annotationOf(entry.after as Change), annotationOf(entry.before as Change)].some((id) => id && isHidden.has(id)),
    )
    .slice(0, take)
    .map(({ id, ...entry }) => ({ ...entry, id: id.toString() }));
}
