'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { workspaceAction } from '@/lib/action';
import { ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from '@/lib/schemas/members';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';
import { sendInvitationEmail } from '@/lib/server/invitations/send-invitation-email';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { findOwnMembershipId } from '@/lib/server/members/find-own-membership';
import { removeMember } from '@/lib/server/members/remove-member';


export const inviteMemberAction = workspaceAction('members.invite', ZInviteMember, async ({ user, membership, input }) => {
  const invitation = await createInvitation({
    actorId: user.id,
    actorRole: membership.role,
    workspaceId: membership.workspace.id,
    ...input,
  });
  // The link is always shown to the inviter and logged; it is emailed too when SMTP is set up.
  const url = new URL(invitation.path, (await headers()).get('origin') ?? 'http://localhost').toString();
  console.info(`[margin] invitation to ${membership.workspace.slug} for ${invitation.email}: ${url}`);
  const delivery = await sendInvitationEmail({
    to: invitation.email,
    url,
    workspaceName: membership.workspace.name,
    inviterName: user.name ?? user.email,
    role: invitation.role,
  });
  return { ...invitation, url, delivery };
});

export const revokeInvitationAction = workspaceAction('members.invite', ZRevokeInvitation, async ({ user, membership, input }) =>
  revokeInvitation({ actorId: user.id, workspaceId: membership.workspace.id, invitationId: input.invitationId }),
);

export const changeMemberRoleAction = workspaceAction('members.manage', ZChangeMemberRole, async ({ user, membership, input }) =>
  changeMemberRole({ actorId: user.id, workspaceId: membership.workspace.id, ...input }),
);

export const removeMemberAction = workspaceAction('members.manage', ZRemoveMember, async ({ user, membership, input }) => {
  await removeMember({ actorId: user.id, workspaceId: membership.workspace.id, ...input });
});

export const leaveWorkspaceAction = workspaceAction('workspace.read', z.object({}), async ({ user, membership }) => {
  const membershipId = await findOwnMembershipId({ userId: user.id, workspaceId: membership.workspace.id });
  await removeMember({ actorId: user.id, workspaceId: membership.workspace.id, membershipId });
});
