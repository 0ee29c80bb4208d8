import 'server-only';
import { getDb } from '@/lib/db';
import { describeEvidence } from '@/lib/evidence/kinds';
import { notFound } from '@/lib/errors';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { recordActivity } from '../activity/record-activity';
import { judgedContentChange } from '../claims/judged-content-change';
import { lockClaim } from '../claims/lock-claim';
import { writeClaimChange } from '../claims/write-claim-change';

/**
 * Removes a source from a claim. Evidence is part of what a verdict judges: refused once the
 * claim is reviewed; while a verdict awaits review, only with `sendBack`, which sends the claim
 * back to in progress (judgedContentChange) — so no verdict is left resting on a removed source.
 * With `version` (the evidence's), refused (409) when someone changed it since the caller read it.
 */
export async function removeEvidence({
  workspaceId,
  userId,
  evidenceId,
  version,
  sendBack,
}: {
  workspaceId: string;
  userId: string;
  evidenceId: string;
  version?: number;
  sendBack?: boolean;
}) {
  return getDb().$transaction(async (tx) => {
    const found = await tx.evidence.findFirst({ where: { id: evidenceId, claim: { workspaceId } }, select: { claimId: true } });
    if (!found) throw notFound('This evidence');
    const claim = await lockClaim(tx, { workspaceId, claimId: found.claimId });
    const sentBack = await judgedContentChange(tx, claim, { workspaceId, change: 'evidence_removed', sendBack });
    await lockForWrite(tx, { table: 'Evidence', id: evidenceId, workspaceId, expected: version, what: 'This evidence' });
    const evidence = await tx.evidence.findUniqueOrThrow({
      where: { id: evidenceId },
      include: { source: { select: { url: true, title: true } }, upload: { select: { fileName: true } } },
    });
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'evidence.removed',
      entityType: 'Evidence',
      entityId: evidenceId,
      documentId: claim.annotation.documentId,
      claimId: claim.id,
      before:
        evidence.kind === 'web'
          ? { url: evidence.source!.url, stance: evidence.stance, quote: evidence.quote }
          : { kind: evidence.kind, description: describeEvidence(evidence), stance: evidence.stance, quote: evidence.quote },
    });
    if (sentBack) await writeClaimChange(tx, claim, { workspaceId, userId }, [sentBack]);
  });
}
