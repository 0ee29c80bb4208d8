'use server';

import { signOut } from '@/auth';
import { userAction } from '@/lib/action';
import { ZCreateWorkspace } from '@/lib/schemas/workspace';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';

export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
}

export const createWorkspaceAction = userAction(ZCreateWorkspace, async ({ user, input }) =>
  createWorkspace({ userId: user.id, name: input.name }),
);
