'use server';

import { redirect } from 'next/navigation';
import { signOut } from '@/auth';
import { runAction } from '@/lib/action';
import type { ActionFailure } from '@/lib/errors';
import { ZCreateWorkspace } from '@/lib/schemas/workspace';
import { requireActionUser } from '@/lib/server/session/current-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { formDataToObject, parseInput } from '@/lib/validation';

export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
}

export type CreateWorkspaceState = Pick<ActionFailure, 'error' | 'fieldErrors'> | null;

export async function createWorkspaceAction(_previous: CreateWorkspaceState, formData: FormData): Promise<CreateWorkspaceState> {
  const result = await runAction(async () => {
    const input = parseInput(ZCreateWorkspace, formDataToObject(formData));
    const user = await requireActionUser();
    return createWorkspace({ userId: user.id, ...input });
  });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  redirect(`/w/${result.data.slug}`);
}
