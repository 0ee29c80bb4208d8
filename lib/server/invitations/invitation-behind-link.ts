import 'server-only';
import { AppError } from '@/lib/errors';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { ZInvitationToken } from '@/lib/schemas/members';
import { displayName } from '@/lib/users/display-name';
import { getInvitationByToken } from './get-invitation-by-token';

export type InvitationBehindLink = { email: string; role: string; workspaceName: string; inviterName: string };

/**
 * The pending invitation a signed-out person is on their way to (`callbackUrl` is its
 * `/invite/<token>` page), so that sign-in and sign-up can say who invited whom to what and
 * fill in the address. Whoever holds the link may read this: the invitation page shows the same.
 */
export async function invitationBehindLink(callbackUrl: string | undefined): Promise<InvitationBehindLink | null> {
  const path = safeRedirectPath(callbackUrl, '');
  const parsed = ZInvitationToken.safeParse({ token: path.startsWith('/invite/') ? path.slice('/invite/'.length) : '' });
  if (!parsed.success) return null;
  try {
    const invitation = await getInvitationByToken(parsed.data.token);
    if (invitation.state !== 'pending') return null;
    return {
      email: invitation.email,
      role: invitation.role,
      workspaceName: invitation.workspace.name,
      inviterName: invitation.invitedBy ? displayName(invitation.invitedBy) : 'A member',
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}
