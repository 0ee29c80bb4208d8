import 'server-only';
import { getDb } from '@/lib/db';
import { describeEvidence } from '@/lib/evidence/kinds';
import { AppError, notFound } from '@/lib/errors';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { recordActivity } from '../activity/record-activity';
import { lockClaim } from '../claims/lock-claim';

/**
 * Removes evidence from a claim, unless a proposed or reviewed "verified" verdict rests on it alone.
 * With `version` (the evidence's), refused (409) when someone changed it since the caller read it.
 */
export async function removeEvidence({
  workspaceId,
  userId,
  evidenceId,
  version,
}: {
  workspaceId: string;
  userId: string;
  evidenceId: string;
  version?: number;
}) {
  return getDb().$transaction(async (tx) => {
    const found = await tx.evidence.findFirst({ where: { id: evidenceId, claim: { workspaceId } }, select: { claimId: true } });
    if (!found) throw notFound('This evidence');
    const claim = await lockClaim(tx, { workspaceId, claimId: found.claimId });
    await lockForWrite(tx, { table: 'Evidence', id: evidenceId, workspaceId, expected: version, what: 'This evidence' });
    const evidence = await tx.evidence.findUniqueOrThrow({
      where: { id: evidenceId },
      include: { source: { select: { url: true, title: true } }, upload: { select: { fileName: true } } },
    });
    const verdictRests = claim.verdict === 'verified' && (claim.status === 'proposed' || claim.status === 'reviewed');
    if (verdictRests && evidence.stance === 'supports' && claim.supportingSources <= 1) {
      throw new AppError(
        'invalid',
        'The “verified” verdict rests on this evidence alone. Add other supporting evidence, or reopen the claim, first.',
      );
    }
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
  });
}
