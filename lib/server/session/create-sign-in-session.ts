import 'server-only';
import { getDb } from '@/lib/db';
import { boundUserAgent, deviceLabel } from './device-label';

/** How long a sign-in lasts, from the moment of signing in (not extended by use). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const MAX_IP = 64;

/** Records a new sign-in and returns its id, which the session cookie carries. */
export async function createSignInSession({
  userId,
  userAgent,
  ip,
  needsSecondFactor = false,
}: {
  userId: string;
  userAgent: string | null;
  ip: string | null;
  /** the account has two-factor on: the session counts once the code is given */
  needsSecondFactor?: boolean;
}): Promise<string> {
  const db = getDb();
  // Ended sessions are kept a while (nothing reads them but a future audit), then cleared.
  await db.signInSession.deleteMany({
    where: {
      userId,
      OR: [{ expiresAt: { lt: new Date() } }, { revokedAt: { lt: new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000) } }],
    },
  });
  const session = await db.signInSession.create({
    data: {
      userId,
      userAgent: boundUserAgent(userAgent),
      deviceLabel: deviceLabel(userAgent),
      ip: ip && ip !== 'unknown' ? ip.slice(0, MAX_IP) : null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      needsSecondFactor,
    },
    select: { id: true },
  });
  return session.id;
}
