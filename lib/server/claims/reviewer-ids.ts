import 'server-only';
import type { DbTransaction } from '@/lib/db';

/** The members who may review a proposed verdict (those asked to when one is proposed). */
export async function reviewerIds(tx: DbTransaction, workspaceId: string) {
  const reviewers = await tx.membership.findMany({
    where: { workspaceId, role: { in: ['owner', 'editor', 'checker'] } },
    select: { userId: true },
  });
  return reviewers.map((member) => member.userId);
}
