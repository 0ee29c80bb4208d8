'use server';

import { headers } from 'next/headers';
import { AuthError } from 'next-auth';
import { signIn, SignInRateLimited, signOut } from '@/auth';
import { runAction } from '@/lib/actions/define-action';
import type { ActionFailure } from '@/lib/errors';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { ZSignIn, ZSignUp } from '@/lib/schemas/auth';
import { SSO_PROVIDER_ID } from '@/lib/sso-config';
import { signUpLimits } from '@/lib/server/rate-limit/auth-limits';
import { assertWithinLimits, countAttempt } from '@/lib/server/rate-limit/rate-limit';
import { clientIp } from '@/lib/server/session/client-ip';
import { signUp } from '@/lib/server/users/sign-up';
import { formDataToObject, parseInput } from '@/lib/validation';

export type AuthFormState =
  (Partial<Pick<ActionFailure, 'error' | 'fieldErrors'>> & { email?: string; name?: string; checkEmail?: boolean }) | null;

// One message for an unknown email and a wrong password: no hint whether an account exists.
const WRONG_CREDENTIALS = 'Incorrect email or password.';

async function signInWithPassword(email: string, password: string, redirectTo: string) {
  try {
    await signIn('credentials', { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInRateLimited) return error.waitMessage;
    if (error instanceof AuthError) return WRONG_CREDENTIALS;
    throw error; // the redirect after a successful sign-in
  }
  return null;
}

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const input = ZSignIn.safeParse(formDataToObject(formData));
  const email = String(formData.get('email') ?? '');
  if (!input.success) return { error: 'Enter your email and password.', email };
  const error = await signInWithPassword(input.data.email, input.data.password, safeRedirectPath(formData.get('callbackUrl')));
  return error ? { error, email } : null;
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const raw = formDataToObject(formData);
  const echo = { email: String(raw.email ?? ''), name: String(raw.name ?? '') };
  const ip = clientIp(await headers());
  const result = await runAction(async () => {
    const input = parseInput(ZSignUp, raw);
    const limits = signUpLimits({ email: input.email, ip });
    await assertWithinLimits(limits);
    await countAttempt(limits);
    return signUp(input);
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, ...echo };
  if (result.data.next === 'check_email') return { checkEmail: true, email: echo.email };
  const error = await signInWithPassword(result.data.user.email, String(raw.password), safeRedirectPath(formData.get('callbackUrl')));
  return error ? { error, ...echo } : null;
}

export async function signInWithSsoAction(formData: FormData) {
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeRedirectPath(formData.get('callbackUrl')) });
}

export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
}
