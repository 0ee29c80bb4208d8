import 'server-only';
import { takeStep, type ClaimStep } from '@/lib/claims/workflow';
import { AppError } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import type { z } from 'zod';
import type { ZClaimStep } from '@/lib/schemas/claims';
import { latestWordsOf } from '@/lib/server/annotations/latest-places';
import type { CurrentUser } from '@/lib/server/session/current-user';
import type { WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { changeClaim, type ClaimNotice, type ClaimWrite } from './change-claim';
import { claimLabel } from './lock-claim';
import { requireReviewer, reviewerIds } from './reviewer-ids';

const VERDICT_WORDS = { verified: 'verified', false: 'false', misleading: 'misleading', unverifiable: 'unverifiable' } as const;

/**
 * A step a signed-in member takes on a claim of their workspace, as the app's action and the
 * API's step route read it (ZClaimStep): the member is the actor, their role decides.
 */
export function takeMemberClaimStep(
  { user, membership }: { user: CurrentUser; membership: WorkspaceMembership },
  { claimId, version, ...step }: z.output<typeof ZClaimStep>,
) {
  return takeClaimStep({
    workspaceId: membership.workspace.id,
    userId: user.id,
    actor: user,
    role: membership.role,
    claimId,
    version,
    step,
  });
}

/**
 * Moves a claim one step through the workflow (lib/claims/workflow decides whether the member
 * may), records the change with its reason in Activity and tells the people concerned.
 */
export function takeClaimStep({ role, step, ...write }: ClaimWrite & { role: WorkspaceRole; step: ClaimStep }) {
  return changeClaim(write, async (claim, tx) => {
    const outcome = takeStep(claim, { userId: write.userId, role }, step, new Date());
    if (!outcome.ok) throw new AppError('invalid', outcome.message);
    const { changes } = outcome;
    const reason = 'reason' in step ? step.reason.trim() : undefined;
    const label = claimLabel(claim);
    const notices: ClaimNotice[] = [];
    if (step.step === 'propose') {
      // the chosen reviewer alone, or everyone who may review when nobody was chosen
      const chosen = changes.requestedReviewerId;
      if (chosen) await requireReviewer(tx, write.workspaceId, chosen);
      notices.push({
        recipients: chosen ? [chosen] : await reviewerIds(tx, write.workspaceId),
        kind: 'review_request',
        message: (actor) => `${actor} proposes “${VERDICT_WORDS[step.verdict]}” for ${label}: please review.`,
      });
    }
    if (step.step === 'accept' || step.step === 'send_back') {
      const result = step.step === 'accept' ? 'accepted' : `sent back (${reason})`;
      notices.push({
        recipients: [claim.proposedById],
        kind: 'review_result',
        message: (actor) => `${actor} ${result} your verdict on ${label}.`,
      });
    }
    // A verdict records the words it judges (proposed, accepted, or confirmed after they changed).
    const judges = step.step === 'propose' || step.step === 'accept' || step.step === 'confirm_words';
    const judged = judges ? await latestWordsOf(tx, claim.annotation) : null;
    const verdictWords = { verdictWords: judged?.words ?? null, verdictWordsVersion: judged?.version ?? null, wordsChangedAt: null };
    return {
      data: { ...changes, ...(judges ? verdictWords : {}) },
      activity: {
        action: `claim.${step.step}`,
        before: {
          status: claim.status,
          verdict: claim.verdict,
          rationale: claim.rationale,
          ...(changes.assigneeId ? { assigneeId: null } : {}),
        },
        after: {
          status: changes.status,
          verdict: changes.verdict === undefined ? claim.verdict : changes.verdict,
          rationale: changes.rationale ?? claim.rationale,
          ...(reason ? { reason } : {}),
          ...(changes.requestedReviewerId ? { requestedReviewerId: changes.requestedReviewerId } : {}),
          ...(changes.assigneeId ? { assigneeId: changes.assigneeId } : {}),
        },
      },
      notices,
    };
  });
}
