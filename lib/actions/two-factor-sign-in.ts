'use server';

import { redirect } from 'next/navigation';
import { runAction } from '@/lib/actions/define-action';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { ZTwoFactorCode } from '@/lib/schemas/two-factor';
import { getSessionAwaitingSecondFactor } from '@/lib/server/session/current-user';
import { completeSecondFactor } from '@/lib/server/two-factor/complete-sign-in';
import { AppError } from '@/lib/errors';
import { formDataToObject, parseInput } from '@/lib/validation';

export type SecondFactorState = { error: string } | null;

/**
 * The second step of signing in (app/(auth)/sign-in/two-factor): only a session that signed in
 * with a password or SSO and waits for its code may call it; a right code finishes signing in.
 */
export async function verifySecondFactorAction(_previous: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const result = await runAction(async () => {
    const session = await getSessionAwaitingSecondFactor();
    if (!session) throw new AppError('unauthorized', 'Sign in first.');
    const { code } = parseInput(ZTwoFactorCode, formDataToObject(formData));
    return completeSecondFactor({ userId: session.user.id, sessionId: session.sessionId, code });
  });
  if (!result.ok) return { error: result.fieldErrors?.code ? 'That code is not right, or it was already used.' : result.error };
  redirect(safeRedirectPath(formData.get('callbackUrl')));
}
