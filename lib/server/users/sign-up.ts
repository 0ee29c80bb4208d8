import 'server-only';
import { AppError } from '@/lib/errors';
import type { TSignUp } from '@/lib/schemas/auth';
import { sendVerificationEmail } from '@/lib/server/email-verification/send-verification-email';
import { isMailConfigured } from '@/lib/server/mail/send-mail';
import { createUser, type PublicUser } from './create-user';
import { sendAccountExistsEmail } from './send-account-exists-email';

/** `check_email`: the answer whatever the address; `sign_in`: a new account, signed in at once. */
export type SignUpOutcome = { next: 'check_email' } | { next: 'sign_in'; user: PublicUser };

/**
 * With email (SMTP_URL), sign-up answers "check your email" for every address, so the form does
 * not tell who has an account: a new address gets a verification link, a taken one a note to its
 * owner. A failed delivery changes nothing in the answer (it is logged). Without email there is no
 * one to tell privately, so a taken address is refused on the form (docs/SECURITY.md).
 */
export async function signUp(input: TSignUp): Promise<SignUpOutcome> {
  if (!isMailConfigured()) return { next: 'sign_in', user: await createUser(input) };
  try {
    const user = await createUser(input);
    await sendVerificationEmail({ userId: user.id, email: user.email });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    await sendAccountExistsEmail(input.email);
  }
  return { next: 'check_email' };
}
