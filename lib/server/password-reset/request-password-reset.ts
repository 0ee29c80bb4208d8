import 'server-only';
import { getDb } from '@/lib/db';
import { isMailConfigured, sendMail } from '@/lib/server/mail/send-mail';
import { logger } from '@/lib/server/ops/logger';
import { issueResetLink } from './issue-reset-link';

/** `check_email`: the answer for every address; `not_configured`: this server sends no email. */
export type ResetRequestOutcome = 'check_email' | 'not_configured';

/**
 * Emails the account with address `email` a link that sets a new password. The answer is the same
 * whether or not an account has that address (only its mailbox learns), and a failed delivery is
 * logged, not told. Without SMTP nothing is issued: only someone who reads the account's mailbox
 * may replace its password.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<ResetRequestOutcome> {
  if (!isMailConfigured()) return 'not_configured';
  const user = await getDb().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, twoFactor: { select: { enabledAt: true } } },
  });
  if (!user) return 'check_email';
  const { link } = await issueResetLink(user, { emailed: true, now });
  const secondFactor = user.twoFactor?.enabledAt
    ? `Your two-step verification stays on: signing in will still ask for a code from your authenticator app or a recovery code.\n\n`
    : '';
  try {
    await sendMail({
      to: user.email,
      subject: 'Set a new password for Margin',
      text:
        `Someone — we hope you — asked to set a new password for the Margin account with this address.\n\n` +
        `Set a new password here (the link works once, within an hour):\n${link}\n\n` +
        `Setting it signs the account out of every browser.\n\n` +
        secondFactor +
        `If this was not you, ignore this message: your password stays as it is.\n`,
    });
  } catch (error) {
    logger('mail').error({ err: error }, 'sending the password reset email failed');
  }
  return 'check_email';
}
