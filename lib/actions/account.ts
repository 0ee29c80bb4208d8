'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZChangePassword, ZResendVerification, ZUpdateProfile } from '@/lib/schemas/auth';
import { resendVerificationEmail } from '@/lib/server/email-verification/resend-verification-email';
import { getCurrentSession } from '@/lib/server/session/current-user';
import { revokeOtherSessions } from '@/lib/server/session/revoke-sessions';
import { changePassword } from '@/lib/server/users/change-password';
import { updateProfile } from '@/lib/server/users/update-profile';

export const updateProfileAction = userAction(ZUpdateProfile, async ({ user, input }) =>
  updateProfile({ userId: user.id, name: input.name }),
);

/** A new password also ends every other session: whoever knew the old one is signed out. */
export const changePasswordAction = userAction(ZChangePassword, async ({ user, input }) => {
  await changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword });
  await revokeOtherSessions({ userId: user.id, keepSessionId: (await getCurrentSession())?.sessionId ?? null });
});

export const resendVerificationEmailAction = userAction(ZResendVerification, async ({ user }) =>
  resendVerificationEmail({ userId: user.id }),
);
