import 'server-only';
import { getDb } from '@/lib/db';
import { appLink } from '@/lib/server/links/app-url';
import { isMailConfigured, sendMail } from '@/lib/server/mail/send-mail';
import { newLinkToken } from '@/lib/server/links/link-token';
import { VERIFICATION_TTL_MS, verifyEmailPath } from './verification-token';
import { logger } from '@/lib/server/ops/logger';

export type VerificationDelivery = 'not_configured' | 'sent' | 'failed';

/**
 * Emails `email` a link that verifies it for the account `userId`. Without SMTP nothing is issued
 * or sent: an address is verified only by someone who read a message sent to it.
 */
export async function sendVerificationEmail({ userId, email }: { userId: string; email: string }): Promise<VerificationDelivery> {
  if (!isMailConfigured()) return 'not_configured';
  const { token, tokenHash } = newLinkToken();
  await getDb().emailVerification.create({
    data: { userId, email, tokenHash, expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS) },
    select: { id: true },
  });
  try {
    await sendMail({
      to: email,
      subject: 'Confirm your email address for Margin',
      text:
        `Someone — we hope you — created a Margin account with this address, or asked for a new confirmation link.\n\n` +
        `Confirm that the address is yours (the link works once, within 24 hours):\n${appLink(verifyEmailPath(token))}\n\n` +
        `If this was not you, ignore this message: the address stays unconfirmed.\n`,
    });
    return 'sent';
  } catch (error) {
    logger('mail').error({ err: error }, 'sending the verification email failed');
    return 'failed';
  }
}
