import 'server-only';
import { isMailConfigured, sendMail } from '@/lib/server/mail/send-mail';
import { logger } from '@/lib/server/ops/logger';

export type InvitationDelivery = 'not_configured' | 'sent' | 'failed';

/**
 * Emails the invitation link when SMTP is configured. A failure does not undo the invitation:
 * the inviter still has the link to send by hand, and is told.
 */
export async function sendInvitationEmail({
  to,
  url,
  workspaceName,
  inviterName,
  role,
}: {
  to: string;
  url: string;
  workspaceName: string;
  inviterName: string;
  role: string;
}): Promise<InvitationDelivery> {
  if (!isMailConfigured()) return 'not_configured';
  try {
    await sendMail({
      to,
      subject: `${inviterName} invited you to ${workspaceName} on Margin`,
      text: `${inviterName} invited you to join “${workspaceName}” on Margin as ${role}.\n\nAccept the invitation (the link works once, within 7 days):\n${url}\n`,
    });
    return 'sent';
  } catch (error) {
    logger('mail').error({ err: error }, 'sending the invitation email failed');
    return 'failed';
  }
}
