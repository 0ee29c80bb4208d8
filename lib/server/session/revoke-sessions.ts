import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';

/** Ends one of the user's own sessions; another user's session is "not found". */
export async function revokeSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  const revoked = await getDb().$transaction(async (tx) => {
    const { count } = await tx.signInSession.updateMany({
      where: { id: sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return false;
    const { deviceLabel, ip } = await tx.signInSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { deviceLabel: true, ip: true },
    });
    await recordAccountEvent(tx, { userId, kind: 'session_revoked', detail: `${deviceLabel}, ${ip ?? 'unknown address'}` });
    return true;
  });
  if (!revoked) throw notFound('This session');
}

/** Ends every session of the user except `keepSessionId` (all of them when it is null). */
export async function revokeOtherSessions({ userId, keepSessionId }: { userId: string; keepSessionId: string | null }) {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.signInSession.updateMany({
      where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAccountEvent(tx, {
        userId,
        kind: 'other_sessions_signed_out',
        detail: `${count} ${count === 1 ? 'browser' : 'browsers'}`,
      });
    }
    return { revoked: count };
  });
}

/** Sign-out: the cookie's own session ends (its id comes from a verified cookie). */
export async function endSession(sessionId: string) {
  await getDb().signInSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
