import 'server-only';
import { getDb } from '@/lib/db';
import { recordActivity } from '../activity/record-activity';
import { lockClaim } from './lock-claim';

/** Rewords the statement to be checked (the quote stays as it is in the text). */
export async function updateClaimStatement({
  workspaceId,
  userId,
  claimId,
  version,
  statement,
}: {
  workspaceId: string;
  userId: string;
  claimId: string;
  version: number;
  statement: string;
}) {
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId, version });
    if (claim.statement === statement) return { id: claim.id, version: claim.version };
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { statement, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'claim.statement_changed',
      entityType: 'Claim',
      entityId: claimId,
      documentId: claim.annotation.documentId,
      claimId,
      before: { statement: claim.statement },
      after: { statement },
    });
    return updated;
  });
}
