import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { can } from '@/lib/permissions';

/** The members who may review a proposed verdict (those asked to when one is proposed). */
export async function reviewerIds(tx: DbTransaction, workspaceId: string) {
  const reviewers = await tx.membership.findMany({
    where: { workspaceId, role: { in: ['owner', 'editor', 'checker'] } },
    select: { userId: true },
  });
  return reviewers.map((member) => member.userId);
}

/** Refuses a chosen reviewer who is not a member of the workspace allowed to review. */
export async function requireReviewer(tx: DbTransaction, workspaceId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } });
  if (!member) throw new AppError('invalid', 'Only a member of this workspace can be asked to review.');
  if (!can(member.role, 'claim.review'))
    throw new AppError('invalid', 'Only checkers, editors and owners review verdicts: choose one of them.');
}
