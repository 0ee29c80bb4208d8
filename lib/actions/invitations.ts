'use server';

import { userAction, workspaceAction } from '@/lib/actions/define-action';
import { ZInvitationToken, ZInviteMember, ZRevokeInvitation } from '@/lib/schemas/members';
import { acceptInvitation } from '@/lib/server/invitations/accept-invitation';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { markInvitationEmailed } from '@/lib/server/invitations/mark-invitation-emailed';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';
import { sendInvitationEmail } from '@/lib/server/invitations/send-invitation-email';
import { appLink } from '@/lib/server/links/app-url';
import { logger } from '@/lib/server/ops/logger';

export const acceptInvitationAction = userAction(ZInvitationToken, async ({ user, input }) =>
  acceptInvitation({ userId: user.id, email: user.email, token: input.token }),
);

export const inviteMemberAction = workspaceAction('members.invite', ZInviteMember, async ({ user, membership, input }) => {
  const invitation = await createInvitation({
    actorId: user.id,
    actorRole: membership.role,
    workspaceId: membership.workspace.id,
    ...input,
  });
  // The link is always shown to the inviter and logged; it is emailed too when SMTP is set up.
  const url = appLink(invitation.path);
  logger('invitations').info({ workspace: membership.workspace.slug, email: invitation.email, url }, 'invitation link');
  const delivery = await sendInvitationEmail({
    to: invitation.email,
    url,
    workspaceName: membership.workspace.name,
    inviterName: user.name ?? user.email,
    role: invitation.role,
  });
  if (delivery === 'sent') await markInvitationEmailed(invitation.id);
  return { ...invitation, url, delivery };
});

export const revokeInvitationAction = workspaceAction('members.invite', ZRevokeInvitation, async ({ user, membership, input }) =>
  revokeInvitation({ actorId: user.id, workspaceId: membership.workspace.id, invitationId: input.invitationId }),
);
