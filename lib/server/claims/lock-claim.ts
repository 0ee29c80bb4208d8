import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { notFound, staleError } from '@/lib/errors';

export const STALE_CLAIM = 'Someone else changed this claim while you were working on it. Reload to see their change; what you typed is still here.';

/**
 * Locks a claim of the workspace for the rest of the transaction (another workspace's claim is
 * "not found"). With `version`, refuses a write based on an older read of the claim.
 */
export async function lockClaim(tx: DbTransaction, { workspaceId, claimId, version }: { workspaceId: string; claimId: string; version?: number }) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Claim" WHERE id = ${claimId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  if (locked.length === 0) throw notFound('This claim');
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: {
      annotation: { select: { id: true, documentId: true, exact: true, kind: true } },
      _count: { select: { evidence: { where: { stance: 'supports' } } } },
    },
  });
  if (version !== undefined && claim.version !== version) throw staleError(STALE_CLAIM);
  return { ...claim, supportingSources: claim._count.evidence };
}

/** Short, quotable name of a claim for messages and notifications. */
export function claimLabel(claim: { statement: string }) {
  const words = claim.statement.replace(/\s+/g, ' ').trim();
  return `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`;
}
