import 'server-only';
import { getDb } from '@/lib/db';
import { isMailConfigured } from '@/lib/server/mail/send-mail';

/** Whether the account's address is verified, and whether this server can email a link to verify it. */
export async function getEmailVerification(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerified: true } });
  return { verifiedAt: user.emailVerified, canSendMail: isMailConfigured() };
}
