'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/action';
import { ZChangeMemberRole, ZInviteMember, ZRemoveMember, ZRevokeInvitation } from '@/lib/schemas/members';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';
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
  // There is no mail server: the link is shown to the inviter and written to the server log.
  console.info(`[margin] invitation to ${membership.workspace.slug} for ${invitation.email}: ${invitation.path}`);
  return invitation;
});

export const revokeInvitationAction = workspaceAction('members.invite', ZRevokeInvitation, async ({ user, membership, input }) =>
  revokeInvitation({ actorId: user.id, workspaceId: membership.workspace.id, invitationId: input.invitationId }),
);

export const changeMemberRoleAction = workspaceAction('members.manage', ZChangeMemberRole, async ({ user, membership, input }) =>
  changeMemberRole({ actorId: user.id, workspaceId: membership.workspace.id, ...input }),
);

export const removeMemberAction = workspaceAction('members.manage', ZRemoveMember, async ({ user, membership, input }) => {
  await removeMember({ actorId: user.id, workspaceId: membership.workspace.id, membershipId: input.membershipId });
});

export const leaveWorkspaceAction = workspaceAction('workspace.read', z.object({}), async ({ user, membership }) => {
  const membershipId = await findOwnMembershipId({ userId: user.id, workspaceId: membership.workspace.id });
  await removeMember({ actorId: user.id, workspaceId: membership.workspace.id, membershipId });
});
