import 'server-only';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { AppError, notFound } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import { assertTwoFactorIfRequired } from './require-two-factor';

export type WorkspaceMembership = { role: WorkspaceRole; workspace: { id: string; slug: string; name: string } };

/**
 * The workspace `slug` with the caller's role in it. A workspace the user is not a member of is
 * "not found", exactly like one that does not exist; a role too weak for `permission` is a 403,
 * and so is a workspace that requires two-factor authentication of a member without it.
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
    select: { role: true, workspace: { select: { id: true, slug: true, name: true, requireTwoFactor: true } } },
  });
  if (!membership) throw notFound('This workspace');
  const { requireTwoFactor, ...workspace } = membership.workspace;
  await assertTwoFactorIfRequired({ userId, workspace: { name: workspace.name, requireTwoFactor } });
  if (!can(membership.role, permission)) {
    throw new AppError('forbidden', `Your role (${membership.role}) does not allow this.`);
  }
  return { role: membership.role, workspace };
}
