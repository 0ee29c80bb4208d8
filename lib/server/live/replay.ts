// Catch-up: the events a stream missed, read back from the LiveEvent table with the same rule
// the hub applies live (lib/live/deliver.ts), or "reset" when they can no longer be told.
import 'server-only';
import { getDb } from '@/lib/db';
import type { LiveSubscription } from '@/lib/live/deliver';
import { ZLiveEvent, type TLiveEvent } from '@/lib/live/events';

/** More missed events than this: the client reloads instead. */
export const REPLAY_LIMIT = 1000;

export type Replay = { kind: 'events'; events: TLiveEvent[] } | { kind: 'reset'; newestId: string };

export async function newestLiveEventId(): Promise<string> {
  const newest = await getDb().liveEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return (newest?.id ?? 0n).toString();
}

/** Whether the events after `since` are all still in the table (pruning takes the oldest). */
async function isKnownCursor(since: bigint): Promise<boolean> {
  const db = getDb();
  if (since === 0n) {
    const oldest = await db.liveEvent.findFirst({ orderBy: { id: 'asc' }, select: { id: true } });
    return !oldest || oldest.id === 1n;
  }
  return (await db.liveEvent.count({ where: { id: since } })) === 1;
}

/** The events after `since` that `subscription` may receive, oldest first. `since` null: unreadable cursor. */
export async function readMissedEvents(subscription: LiveSubscription, since: string | null): Promise<Replay> {
  const sinceId = since === null ? null : BigInt(since);
  if (sinceId === null || !(await isKnownCursor(sinceId))) return { kind: 'reset', newestId: await newestLiveEventId() };
  const { userId, workspaceId, documentId } = subscription;
  const rows = await getDb().liveEvent.findMany({
    where: {
      id: { gt: sinceId },
      OR: [
        // A user stream (workspaceId null) replays its notifications only.
        ...(workspaceId === null
          ? []
          : [
              {
                workspaceId,
                entity: { not: 'notification' as const },
                AND: [{ OR: [{ userId: null }, { userId }] }, ...(documentId ? [{ OR: [{ documentId }, { documentId: null }] }] : [])],
              },
            ]),
        { entity: 'notification', userId },
      ],
    },
    orderBy: { id: 'asc' },
    take: REPLAY_LIMIT + 1,
    select: { id: true, workspaceId: true, documentId: true, userId: true, entity: true, entityId: true, action: true, version: true },
  });
  if (rows.length > REPLAY_LIMIT) return { kind: 'reset', newestId: await newestLiveEventId() };
  return { kind: 'events', events: rows.map((row) => ZLiveEvent.parse({ ...row, id: row.id.toString() })) };
}
