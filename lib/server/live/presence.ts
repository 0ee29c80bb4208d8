// Presence rows: one per open document stream. Opening, closing and moving a selection fire the
// Presence trigger, which tells every app instance to re-read that document's list.
import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { TPresencePerson, TPresenceUpdate } from '@/lib/live/events';

/** A row not refreshed for this long belongs to a page or an app instance that is gone. */
export const PRESENCE_TIMEOUT_MS = 60_000;

type PresenceKey = { connectionId: string; workspaceId: string; documentId: string; userId: string };

export async function openPresence({ connectionId, workspaceId, documentId, userId, instanceId }: PresenceKey & { instanceId: string }) {
  await getDb().presence.create({ data: { id: connectionId, workspaceId, documentId, userId, instanceId, lastSeenAt: new Date() } });
}

export async function closePresence(connectionId: string) {
  await getDb().presence.deleteMany({ where: { id: connectionId } });
}

/** The open streams' heartbeat, one query per app instance. */
export async function touchPresence(connectionIds: string[]) {
  if (connectionIds.length === 0) return;
  await getDb().presence.updateMany({ where: { id: { in: connectionIds } }, data: { lastSeenAt: new Date() } });
}

/** Who has the document open now, in the order they opened it. */
export async function loadPresence(documentId: string): Promise<TPresencePerson[]> {
  const db = getDb();
  const rows = await db.presence.findMany({
    where: { documentId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_TIMEOUT_MS) } },
    orderBy: [{ lastSeenAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, versionId: true, selectionFrom: true, selectionTo: true },
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.userId))] } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(users.map((user) => [user.id, user.name ?? user.email]));
  return rows
    .filter((row) => names.has(row.userId))
    .map((row) => ({
      connectionId: row.id,
      userId: row.userId,
      name: names.get(row.userId)!,
      versionId: row.versionId,
      selectionFrom: row.selectionFrom,
      selectionTo: row.selectionTo,
    }));
}

/** The page's selection (and heartbeat). Another user's or an unknown connection is not found. */
export async function updatePresence({
  connectionId,
  workspaceId,
  documentId,
  userId,
  versionId,
  selection,
}: PresenceKey & Omit<TPresenceUpdate, 'connectionId'>) {
  const db = getDb();
  if (versionId !== null && !(await db.documentVersion.findFirst({ where: { id: versionId, documentId }, select: { id: true } }))) {
    throw notFound('This version');
  }
  const { count } = await db.presence.updateMany({
    where: { id: connectionId, workspaceId, documentId, userId },
    data: { versionId, selectionFrom: selection?.from ?? null, selectionTo: selection?.to ?? null, lastSeenAt: new Date() },
  });
  if (count === 0) throw notFound('This connection');
}
