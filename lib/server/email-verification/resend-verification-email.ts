import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertWithinLimits, countAttempt, type Limit } from '@/lib/server/rate-limit/rate-limit';
import { sendVerificationEmail } from './send-verification-email';

/** A handful of links an hour per account: enough for a lost message, too few to flood an inbox. */
const resendLimit = (userId: string): Limit => ({
  key: `verify-email:user:${userId}`,
  max: 3,
  windowMs: 60 * 60 * 1000,
  message: 'Too many confirmation emails.',
});

/** "Resend" on the account page and the verification page: a new link to the account's address. */
export async function resendVerificationEmail({ userId }: { userId: string }): Promise<'sent' | 'not_configured' | 'already_verified'> {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (user.emailVerified) return 'already_verified';
  const limits = [resendLimit(userId)];
  await assertWithinLimits(limits);
  await countAttempt(limits);
  const delivery = await sendVerificationEmail({ userId, email: user.email });
  if (delivery === 'failed') throw new AppError('conflict', 'Sending the email did not work. Try again in a few minutes.');
  return delivery;
}
