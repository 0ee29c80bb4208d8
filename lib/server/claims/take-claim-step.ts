import 'server-only';
import { takeStep, type ClaimStep } from '@/lib/claims/workflow';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { displayName } from '@/lib/users/display-name';
import { recordActivity } from '../activity/record-activity';
import { notify } from '../notifications/notify';
import { claimLabel, lockClaim } from './lock-claim';

const VERDICT_WORDS = { verified: 'verified', false: 'false', misleading: 'misleading', unverifiable: 'unverifiable' } as const;

/**
 * Moves a claim one step through the workflow (lib/claims/workflow decides whether the member
 * may), records the change with its reason in Activity and tells the people concerned.
 */
export async function takeClaimStep({
  workspaceId,
  userId,
  role,
  claimId,
  version,
  step,
}: {
  workspaceId: string;
  userId: string;
  role: WorkspaceRole;
  claimId: string;
  version: number;
  step: ClaimStep;
}) {
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId, version });
    const outcome = takeStep(claim, { userId, role }, step, new Date());
    if (!outcome.ok) throw new AppError('invalid', outcome.message);
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { ...outcome.changes, version: { increment: 1 } },
      select: { id: true, version: true, status: true, verdict: true },
    });
    const reason = 'reason' in step ? step.reason.trim() : undefined;
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: `claim.${step.step}`,
      entityType: 'Claim',
      entityId: claimId,
      documentId: claim.annotation.documentId,
      claimId,
      before: { status: claim.status, verdict: claim.verdict, rationale: claim.rationale },
      after: { status: updated.status, verdict: updated.verdict, rationale: outcome.changes.rationale ?? claim.rationale, ...(reason ? { reason } : {}) },
    });

    const actor = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    const about = { workspaceId, actorId: userId, documentId: claim.annotation.documentId, annotationId: claim.annotation.id, claimId };
    const label = claimLabel(claim);
    if (step.step === 'propose') {
      const reviewers = await tx.membership.findMany({
        where: { workspaceId, role: { in: ['owner', 'editor', 'checker'] } },
        select: { userId: true },
      });
      await notify(
        tx,
        reviewers.map((member) => member.userId),
        { ...about, kind: 'review_request', message: `${displayName(actor)} proposes “${VERDICT_WORDS[step.verdict]}” for ${label}: please review.` },
      );
    }
    if (step.step === 'accept' || step.step === 'send_back') {
      const result = step.step === 'accept' ? 'accepted' : `sent back (${reason})`;
      await notify(tx, [claim.proposedById], { ...about, kind: 'review_result', message: `${displayName(actor)} ${result} your verdict on ${label}.` });
    }
    return updated;
  });
}
