import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** Ends one of the user's own sessions; another user's session is "not found". */
export async function revokeSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  const { count } = await getDb().signInSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound('This session');
}

/** Ends every session of the user except `keepSessionId` (all of them when it is null). */
export async function revokeOtherSessions({ userId, keepSessionId }: { userId: string; keepSessionId: string | null }) {
  const { count } = await getDb().signInSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return { revoked: count };
}

/** Sign-out: the cookie's own session ends (its id comes from a verified cookie). */
export async function endSession(sessionId: string) {
  await getDb().signInSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
