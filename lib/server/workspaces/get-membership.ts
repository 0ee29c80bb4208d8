import 'server-only';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { AppError, notFound } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';

export type WorkspaceMembership = { role: WorkspaceRole; workspace: { id: string; slug: string; name: string } };

/**
 * The workspace `slug` with the caller's role in it. A workspace the user is not a member of is
 * "not found", exactly like one that does not exist; a role too weak for `permission` is a 403.
 */
export async function getMembershipOrThrow({
  userId,
  slug,
  permission = 'workspace.read',
}: {
  userId: string;
  slug: string;
  permission?: Permission;
}): Promise<WorkspaceMembership> {
  const membership = await getDb().membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw notFound('This workspace');
  if (!can(membership.role, permission)) {
    throw new AppError('forbidden', `Your role (${membership.role}) does not allow this.`);
  }
  return membership;
}
