'use server';

import { z } from 'zod';
import { workspaceAction } from '@/lib/actions/define-action';
import { ZChangeMemberRole, ZRemoveMember } from '@/lib/schemas/members';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { findOwnMembershipId } from '@/lib/server/members/find-own-membership';
import { removeMember } from '@/lib/server/members/remove-member';

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
