'use server';

import { userAction, workspaceAction } from '@/lib/actions/define-action';
import { ZCreateWorkspace, ZDeleteWorkspace, ZRenameWorkspace } from '@/lib/schemas/workspace';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { deleteWorkspace } from '@/lib/server/workspaces/delete-workspace';
import { renameWorkspace } from '@/lib/server/workspaces/rename-workspace';

export const createWorkspaceAction = userAction(ZCreateWorkspace, async ({ user, input }) =>
  createWorkspace({ userId: user.id, name: input.name }),
);

export const renameWorkspaceAction = workspaceAction('workspace.manage', ZRenameWorkspace, async ({ user, membership, input }) =>
  renameWorkspace({ actorId: user.id, workspaceId: membership.workspace.id, ...input }),
);

export const deleteWorkspaceAction = workspaceAction('workspace.manage', ZDeleteWorkspace, async ({ membership, input }) =>
  deleteWorkspace({ workspaceId: membership.workspace.id, confirmName: input.confirmName }),
);
