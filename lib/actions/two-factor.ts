'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZNoInput } from '@/lib/schemas/sessions';
import { ZDisableTwoFactor, ZTwoFactorCode } from '@/lib/schemas/two-factor';
import { getCurrentSession } from '@/lib/server/session/current-user';
import { revokeOtherSessions } from '@/lib/server/session/revoke-sessions';
import { disableTwoFactor } from '@/lib/server/two-factor/disable-two-factor';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@/lib/server/two-factor/enrol-two-factor';

/** A new authenticator secret, as text and QR code, pending until confirmed. */
export const startTwoFactorAction = userAction(ZNoInput, async ({ user }) =>
  startTwoFactorEnrolment({ userId: user.id, email: user.email }),
);

/**
 * Turns two-factor on with the app's current code; answers the recovery codes, once. Every other
 * session ends: none of them gave a second factor.
 */
export const confirmTwoFactorAction = userAction(ZTwoFactorCode, async ({ user, input }) => {
  const confirmed = await confirmTwoFactorEnrolment({ userId: user.id, code: input.code });
  await revokeOtherSessions({ userId: user.id, keepSessionId: (await getCurrentSession())?.sessionId ?? null });
  return confirmed;
});

export const disableTwoFactorAction = userAction(ZDisableTwoFactor, async ({ user, input }) =>
  disableTwoFactor({ userId: user.id, code: input.code, password: input.password }),
);
