import 'server-only';
import { getDb } from '@/lib/db';
import type { EvidenceStance } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import type { NormalizedUrl } from '@/lib/sources/normalize-url';
import { recordActivity } from '../activity/record-activity';
import { judgedContentChange } from '../claims/judged-content-change';
import { lockClaim } from '../claims/lock-claim';
import { writeClaimChange } from '../claims/write-claim-change';
import { anchorEvidenceQuotes, latestReadableCapture } from '../sources/anchor-evidence-quotes';
import { wakeLinkChecks } from '../sources/link-check-scheduler';

/**
 * Ties a source to a claim with the passage it relies on and its stance. The URL becomes the
 * workspace's one Source for that page (found again by its normalised form). The quote is
 * placed in Margin's latest capture of the page; a new source is due for capture at once (the
 * link-health job, lib/server/sources, places its quotes then). Evidence is part of what a
 * verdict judges: refused once the claim is reviewed; while a verdict awaits review, only with
 * `sendBack`, which sends the claim back to in progress (judgedContentChange).
 */
export async function addEvidence({
  workspaceId,
  userId,
  claimId,
  source,
  stance,
  quote,
  sendBack,
}: {
  workspaceId: string;
  userId: string;
  claimId: string;
  source: NormalizedUrl;
  stance: EvidenceStance;
  quote: string | null;
  sendBack?: boolean;
}) {
  const evidence = await getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId });
    const sentBack = await judgedContentChange(tx, claim, { workspaceId, change: 'evidence_added', sendBack });
    const { id: sourceId } = await tx.source.upsert({
      where: { workspaceId_normalizedUrl: { workspaceId, normalizedUrl: source.normalizedUrl } },
      create: { workspaceId, ...source, addedById: userId, nextCheckAt: new Date() },
      update: {},
      select: { id: true },
    });
    const existing = await tx.evidence.findUnique({ where: { claimId_sourceId: { claimId, sourceId } }, select: { id: true } });
    if (existing)
      throw new AppError('conflict', 'This source is already evidence for this claim. Remove it first to change its stance or quote.');
    const evidence = await tx.evidence.create({
      data: { claimId, sourceId, stance, quote, addedById: userId },
      select: { id: true },
    });
    const capture = await latestReadableCapture(tx, sourceId);
    if (capture && quote)
      await anchorEvidenceQuotes(tx, { sourceId, capture: { id: capture.id, text: capture.text! }, evidenceId: evidence.id });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'evidence.added',
      entityType: 'Evidence',
      entityId: evidence.id,
      documentId: claim.annotation.documentId,
      claimId,
      after: { url: source.url, stance, quote },
    });
    if (sentBack) await writeClaimChange(tx, claim, { workspaceId, userId }, [sentBack]);
    return evidence;
  });
  wakeLinkChecks();
  return evidence;
}
