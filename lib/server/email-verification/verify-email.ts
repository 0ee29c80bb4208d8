import 'server-only';
import { getDb } from '@/lib/db';
import { markEmailVerified } from '@/lib/server/users/mark-email-verified';
import { hashLinkToken, isLinkTokenShape } from '@/lib/server/links/link-token';

/**
 * `verified`: this link verified the address now. `already_verified`: the link was used before
 * and the address is verified (a mail scanner may have opened it first). `used`, `expired`,
 * `invalid`: the link verifies nothing; a signed-in person can ask for a new one.
 */
export type VerifyEmailOutcome = 'verified' | 'already_verified' | 'used' | 'expired' | 'invalid';

/** Uses the link's token, once: claimed with a conditional update, so two clicks verify once. */
export async function verifyEmail(token: string, now = new Date()): Promise<VerifyEmailOutcome> {
  if (!isLinkTokenShape(token)) return 'invalid';
  return getDb().$transaction(async (tx) => {
    const link = await tx.emailVerification.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, email: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, emailVerified: true } } },
    });
    // A link sent to an address the account no longer has proves nothing about the account.
    if (!link || link.user.email !== link.email) return 'invalid';
    if (link.usedAt) return link.user.emailVerified ? 'already_verified' : 'used';
    if (link.expiresAt <= now) return 'expired';
    const { count } = await tx.emailVerification.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) {
      // Another request used it meanwhile (this one waited for it on the row): what it did is
      // read now, not from before it committed.
      const user = await tx.user.findUnique({ where: { id: link.user.id }, select: { emailVerified: true } });
      return user?.emailVerified ? 'already_verified' : 'used';
    }
    await markEmailVerified(tx, { userId: link.user.id, email: link.email, at: now });
    return 'verified';
  });
}
