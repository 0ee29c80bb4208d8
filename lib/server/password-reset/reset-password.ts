import 'server-only';
import { getDb, type Db, type DbTransaction } from '@/lib/db';
import { hashLinkToken, isLinkTokenShape } from '@/lib/server/links/link-token';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { markEmailVerified } from '@/lib/server/users/mark-email-verified';
import { hashPassword } from '@/lib/server/users/password';

/**
 * `valid`: the link can set a password. `used`, `expired`, `invalid` (never issued, or sent to an
 * address the account no longer has): it sets nothing; its holder can ask for a new one.
 */
export type ResetLinkState = 'valid' | 'used' | 'expired' | 'invalid';

async function readLink(db: Db | DbTransaction, token: string, now: Date) {
  if (!isLinkTokenShape(token)) return { state: 'invalid' as const };
  const link = await db.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, email: true, emailed: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true } } },
  });
  // A link sent to an address the account no longer has proves nothing about the account.
  if (!link || link.user.email !== link.email) return { state: 'invalid' as const };
  if (link.usedAt) return { state: 'used' as const };
  if (link.expiresAt <= now) return { state: 'expired' as const };
  return { state: 'valid' as const, link };
}

/** What the link's page shows before anyone types a password. Reading it uses nothing up. */
export async function checkPasswordResetLink(token: string, now = new Date()): Promise<ResetLinkState> {
  return (await readLink(getDb(), token, now)).state;
}

/**
 * Sets the account's password from the link, once: the link is claimed with a conditional update,
 * so two submissions set one password. Every other reset link of the account stops working and
 * every browser signed in to it is signed out (whoever knew the old password is out). When the link
 * was emailed, the mailbox that received it is the account's, so its address counts as verified.
 * Two-step verification stays as it was.
 */
export async function resetPassword({ token, newPassword }: { token: string; newPassword: string }, now = new Date()) {
  const before = await readLink(getDb(), token, now);
  if (before.state !== 'valid') return before.state;
  // argon2 runs outside the transaction: it takes tens of milliseconds and holds no row.
  const passwordHash = await hashPassword(newPassword);
  return getDb().$transaction(async (tx): Promise<Exclude<ResetLinkState, 'valid'> | 'reset'> => {
    const current = await readLink(tx, token, now);
    if (current.state !== 'valid') return current.state;
    const { link } = current;
    const { count } = await tx.passwordReset.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return 'used'; // another submission used it meanwhile
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash }, select: { id: true } });
    await tx.passwordReset.updateMany({ where: { userId: link.user.id, usedAt: null }, data: { usedAt: now } });
    await tx.signInSession.updateMany({ where: { userId: link.user.id, revokedAt: null }, data: { revokedAt: now } });
    if (link.emailed) await markEmailVerified(tx, { userId: link.user.id, email: link.email, at: now });
    await recordAccountEvent(
      tx,
      {
        userId: link.user.id,
        kind: 'password_reset',
        detail: link.emailed ? 'by a link sent by email' : 'by a link from an administrator',
      },
      now,
    );
    return 'reset';
  });
}
