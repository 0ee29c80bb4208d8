import 'server-only';
import { appLink } from '@/lib/server/links/app-url';
import { sendMail } from '@/lib/server/mail/send-mail';
import { logger } from '@/lib/server/ops/logger';

/** To the owner of an address someone tried to sign up with: it already has an account. */
export async function sendAccountExistsEmail(email: string) {
  try {
    await sendMail({
      to: email,
      subject: 'Someone tried to create a Margin account with your address',
      text:
        `Someone — perhaps you — tried to create a Margin account with this address, which already has one.\n\n` +
        `Sign in here:\n${appLink('/sign-in')}\n\n` +
        `If you forgot your password, set a new one here:\n${appLink('/forgot-password')}\n\n` +
        `If this was not you, you need not do anything: no account was created and nothing changed.\n`,
    });
  } catch (error) {
    logger('mail').error({ err: error }, 'sending the account-exists email failed');
  }
}
