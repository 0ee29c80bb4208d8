'use server';

import { userAction } from '@/lib/action';
import { ZInvitationToken } from '@/lib/schemas/members';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';

export const acceptInvitationAction = userAction(ZInvitationToken, async ({ user, input }) =>
  acceptInvitation({ userId: user.id, email: user.email, token: input.token }),
);
