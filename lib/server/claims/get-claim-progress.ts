import 'server-only';
import { CLAIM_STATUSES, VERDICTS } from '@/lib/claims/workflow';
import { getDb } from '@/lib/db';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';

export type ClaimProgressCounts = {
  total: number;
  byStatus: Record<ClaimStatus, number>;
  /** verdicts of reviewed claims only: the desk's final word */
  reviewedVerdicts: Record<Verdict, number>;
};

/** How far the checking of one document's claims has got (another workspace's document: all zero). */
export async function getClaimProgress({
  userId,
  workspaceId,
  documentId,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
}): Promise<ClaimProgressCounts> {
  const groups = await getDb().claim.groupBy({
    by: ['status', 'verdict'],
    where: { workspaceId, workspace: { memberships: { some: { userId } } }, annotation: { documentId, visibility: 'shared' } },
    _count: { _all: true },
  });
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  const reviewedVerdicts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  let total = 0;
  for (const group of groups) {
    const count = group._count._all;
    total += count;
    byStatus[group.status] += count;
    if (group.status === 'reviewed' && group.verdict) reviewedVerdicts[group.verdict] += count;
  }
  return { total, byStatus, reviewedVerdicts };
}
