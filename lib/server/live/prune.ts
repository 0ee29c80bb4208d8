// Housekeeping every app instance runs now and then (running it twice at once is harmless).
import 'server-only';
import { getDb } from '@/lib/db';
import { PRESENCE_TIMEOUT_MS } from './presence';

/** A client away longer than this gets "reset" and reloads instead of catching up. */
export const LIVE_EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes events older than `olderThanMs`; returns how many. */
export async function pruneLiveEvents(olderThanMs = LIVE_EVENT_RETENTION_MS): Promise<number> {
  // createdAt is the database's own clock (the trigger's default), so compare on that clock.
  return getDb()
    .$executeRaw`DELETE FROM "LiveEvent" WHERE "createdAt" < LOCALTIMESTAMP - make_interval(secs => ${olderThanMs / 1000}::float8)`;
}

/** Deletes presence rows nobody refreshed (a crashed instance, a lost close); their documents hear of it. */
export async function pruneStalePresence(olderThanMs = PRESENCE_TIMEOUT_MS): Promise<number> {
  const { count } = await getDb().presence.deleteMany({ where: { lastSeenAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
