'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZChangePassword, ZResendVerification, ZUpdateProfile } from '@/lib/schemas/auth';
import { resendVerificationEmail } from '@/lib/server/email-verification/resend-verification-email';
import { changePassword } from '@/lib/server/users/change-password';
import { updateProfile } from '@/lib/server/users/update-profile';

export const updateProfileAction = userAction(ZUpdateProfile, async ({ user, input }) =>
  updateProfile({ userId: user.id, name: input.name }),
);

export const changePasswordAction = userAction(ZChangePassword, async ({ user, input }) =>
  changePassword({ userId: user.id, currentPassword: input.currentPassword, newPassword: input.newPassword }),
);

export const resendVerificationEmailAction = userAction(ZResendVerification, async ({ user }) =>
  resendVerificationEmail({ userId: user.id }),
);
