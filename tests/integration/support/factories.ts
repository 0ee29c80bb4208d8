// Small factories: each test creates the rows it needs, with unique names.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';

export const uniqueId = () => randomUUID().slice(0, 8);

export async function makeUser(overrides: { email?: string; password?: string; name?: string } = {}) {
  const id = uniqueId();
  const password = overrides.password ?? `password-${id}`;
  const user = await createUser({
    name: overrides.name ?? `User ${id}`,
    email: overrides.email ?? `user-${id}@example.test`,
    password,
  });
  return { ...user, password };
}

export async function makeWorkspace(ownerId: string) {
  const id = uniqueId();
  const slug = `ws-${id}`;
  const workspace = await createWorkspace({ userId: ownerId, name: `Workspace ${id}`, slug });
  return { ...workspace, slug };
}

export async function addMember(workspaceId: string, userId: string, role: WorkspaceRole) {
  return getDb().membership.create({ data: { workspaceId, userId, role } });
}
