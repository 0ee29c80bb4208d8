import 'server-only';
import { getDb } from '@/lib/db';
import { appLink } from '@/lib/server/links/app-url';
import { newLinkToken } from '@/lib/server/links/link-token';
import { PASSWORD_RESET_TTL_MS, resetPasswordPath } from './reset-link';

/**
 * Makes a reset link for the account `user` at its current address: the link to hand over, by
 * email (`emailed`: using it then proves the mailbox) or by an administrator from the command
 * line. Only the token's hash is stored.
 */
export async function issueResetLink(user: { id: string; email: string }, { emailed, now = new Date() }: { emailed: boolean; now?: Date }) {
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await getDb().passwordReset.create({
    data: { userId: user.id, email: user.email, emailed, tokenHash, expiresAt },
    select: { id: true },
  });
  return { link: appLink(resetPasswordPath(token)), expiresAt };
}
