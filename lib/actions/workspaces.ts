'use server';

import { userAction, workspaceAction } from '@/lib/actions/define-action';
import { ZRequireTwoFactor } from '@/lib/schemas/two-factor';
import { ZCreateWorkspace, ZDeleteWorkspace, ZRenameWorkspace } from '@/lib/schemas/workspace';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { deleteWorkspace } from '@/lib/server/workspaces/delete-workspace';
import { renameWorkspace } from '@/lib/server/workspaces/rename-workspace';
import { setRequireTwoFactor } from '@/lib/server/workspaces/set-require-two-factor';

export const createWorkspaceAction = userAction(ZCreateWorkspace, async ({ user, input }) =>
  createWorkspace({ userId: user.id, name: input.name }),
);

export const renameWorkspaceAction = workspaceAction('workspace.manage', ZRenameWorkspace, async ({ user, membership, input }) =>
  renameWorkspace({ actorId: user.id, workspaceId: membership.workspace.id, ...input }),
);

export const deleteWorkspaceAction = workspaceAction('workspace.manage', ZDeleteWorkspace, async ({ membership, input }) =>
  deleteWorkspace({ workspaceId: membership.workspace.id, confirmName: input.confirmName }),
);

/** Owners: require two-factor authentication of every member (they must have it themselves). */
export const setRequireTwoFactorAction = workspaceAction('workspace.manage', ZRequireTwoFactor, async ({ user, membership, input }) =>
  setRequireTwoFactor({ userId: user.id, workspaceId: membership.workspace.id, requireTwoFactor: input.requireTwoFactor }),
);
