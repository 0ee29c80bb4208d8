import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { checkSecondFactor } from './check-second-factor';

/** The second step of signing in: a right code makes the waiting session a signed-in one. */
export async function completeSecondFactor({ userId, sessionId, code }: { userId: string; sessionId: string; code: string }) {
  const method = await checkSecondFactor({ userId, code });
  const { count } = await getDb().signInSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null, needsSecondFactor: true, expiresAt: { gt: new Date() } },
    data: { needsSecondFactor: false },
  });
  if (count === 0) throw new AppError('unauthorized', 'Sign in again to continue.');
  await recordAccountEvent(getDb(), {
    userId,
    kind: method === 'recovery' ? 'recovery_code_used' : 'signed_in',
    detail: method === 'recovery' ? 'to sign in' : 'with a code from the authenticator app',
  });
  return { method };
}
