'use server';

import { headers } from 'next/headers';
import { runAction } from '@/lib/actions/define-action';
import type { ActionFailure } from '@/lib/errors';
import { ZRequestPasswordReset, ZResetPassword } from '@/lib/schemas/auth';
import { requestPasswordReset } from '@/lib/server/password-reset/request-password-reset';
import { resetPassword } from '@/lib/server/password-reset/reset-password';
import { passwordResetLimits } from '@/lib/server/rate-limit/auth-limits';
import { assertWithinLimits, countAttempt } from '@/lib/server/rate-limit/rate-limit';
import { clientIp } from '@/lib/server/session/client-ip';
import { formDataToObject, parseInput } from '@/lib/validation';

type FormFailure = Partial<Pick<ActionFailure, 'error' | 'fieldErrors'>>;

export type ForgotPasswordState = (FormFailure & { email?: string; sent?: boolean }) | null;

/** Sends a reset link if an account has the address; the answer does not say whether one does. */
export async function requestPasswordResetAction(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const raw = formDataToObject(formData);
  const email = String(raw.email ?? '');
  const ip = clientIp(await headers());
  const result = await runAction(async () => {
    const input = parseInput(ZRequestPasswordReset, raw);
    const limits = passwordResetLimits({ email: input.email, ip });
    await assertWithinLimits(limits);
    await countAttempt(limits);
    return requestPasswordReset(input.email);
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, email };
  if (result.data === 'not_configured') {
    return { error: 'This Margin server cannot send email, so it cannot reset passwords. Ask your Margin administrator.', email };
  }
  return { sent: true, email };
}

export type ResetPasswordState = (FormFailure & { done?: boolean; linkState?: 'used' | 'expired' | 'invalid' }) | null;

const LINK_REFUSED = {
  used: 'This link was used already. Ask for a new one if you still need to set your password.',
  expired: 'This link has expired: links work for an hour. Ask for a new one.',
  invalid: 'This link is not valid. Check that you opened the whole link from the email, or ask for a new one.',
} as const;

/** Sets the new password from a reset link's form. */
export async function resetPasswordAction(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const result = await runAction(async () => {
    const input = parseInput(ZResetPassword, formDataToObject(formData));
    return resetPassword({ token: input.token, newPassword: input.newPassword });
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  if (result.data === 'reset') return { done: true };
  return { error: LINK_REFUSED[result.data], linkState: result.data };
}
