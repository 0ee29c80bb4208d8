import 'server-only';
import { getDb } from '@/lib/db';

/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export type ActiveSession = {
  sessionId: string;
  /** signed in with a password or SSO, second factor still to be given: not signed in yet */
  needsSecondFactor: boolean;
  user: { id: string; email: string; name: string | null };
};

/**
 * The session and its user when the row exists, belongs to `userId`, is not revoked and has not
 * expired; otherwise null (signed out). Notes the time it was last seen, at most once a minute.
 */
export async function getActiveSession({ sessionId, userId }: { sessionId: string; userId: string }): Promise<ActiveSession | null> {
  const db = getDb();
  const now = new Date();
  const row = await db.signInSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    select: { lastSeenAt: true, needsSecondFactor: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    const before = new Date(now.getTime() - TOUCH_EVERY_MS);
    await db.signInSession.updateMany({ where: { id: sessionId, lastSeenAt: { lte: before } }, data: { lastSeenAt: now } });
  }
  return { sessionId, needsSecondFactor: row.needsSecondFactor, user: row.user };
}

/** Is this session still good (for long-lived connections, checked again as they run)? */
export async function isSessionActive(sessionId: string): Promise<boolean> {
  const count = await getDb().signInSession.count({
    where: { id: sessionId, revokedAt: null, needsSecondFactor: false, expiresAt: { gt: new Date() } },
  });
  return count === 1;
}
