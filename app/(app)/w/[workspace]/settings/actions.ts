'use server';

import { workspaceAction } from '@/lib/action';
import { ZDeleteWorkspace, ZRenameWorkspace } from '@/lib/schemas/workspace';
import { deleteWorkspace } from '@/lib/server/workspaces/delete-workspace';
import { renameWorkspace } from '@/lib/server/workspaces/rename-workspace';

export const renameWorkspaceAction = workspaceAction('workspace.manage', ZRenameWorkspace, async ({ user, membership, input }) =>
  renameWorkspace({ actorId: user.id, workspaceId: membership.workspace.id, ...input }),
);

export const deleteWorkspaceAction = workspaceAction('workspace.manage', ZDeleteWorkspace, async ({ membership, input }) =>
  deleteWorkspace({ workspaceId: membership.workspace.id, confirmName: input.confirmName }),
);
