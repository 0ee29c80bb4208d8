import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

export const STALE_CLAIM =
  'Someone else changed this claim while you were working on it. Reload to see their change; what you typed is still here.';

/**
 * Locks a claim of the workspace for the rest of the transaction (lockForWrite: another
 * workspace's claim is "not found"; with `version`, a write based on an older read of the claim
 * is refused as stale) and loads it with what claim rules need.
 */
export async function lockClaim(
  tx: DbTransaction,
  { workspaceId, claimId, version }: { workspaceId: string; claimId: string; version?: number },
) {
  await lockForWrite(tx, { table: 'Claim', id: claimId, workspaceId, expected: version, what: 'This claim', staleMessage: STALE_CLAIM });
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: {
      annotation: { select: { id: true, documentId: true, exact: true, kind: true } },
      _count: { select: { evidence: { where: { stance: 'supports' } } } },
    },
  });
  return { ...claim, supportingSources: claim._count.evidence, wordsChanged: claim.wordsChangedAt !== null };
}

export type LockedClaim = Awaited<ReturnType<typeof lockClaim>>;

/** Short, quotable name of a claim for messages and notifications. */
export function claimLabel(claim: { statement: string }) {
  const words = claim.statement.replace(/\s+/g, ' ').trim();
  return `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`;
}
