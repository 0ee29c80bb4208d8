import 'server-only';
import { changeJudgedContent, SEND_BACK_REASONS, type JudgedChange } from '@/lib/claims/judged-content';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ClaimChange } from './change-claim';
import { claimLabel, type LockedClaim } from './lock-claim';
import { reviewerIds } from './reviewer-ids';

const DONE: Record<JudgedChange, string> = {
  statement: 'changed the statement of',
  figure: 'changed the figure of',
  evidence_added: 'added a source to',
  evidence_removed: 'removed a source from',
};

/**
 * The one check every write of what a verdict judges (statement, figure, evidence) makes on the
 * claim it locked, before writing (lib/claims/judged-content): refuses (409 `conflict`) a change
 * to a reviewed claim, or to one awaiting review unless `sendBack` says the person was told that
 * it sends the claim back. Sending back: returns the change that withdraws the verdict, with its
 * Activity entry and a notice to the proposer, the assignee and the reviewers, for the caller to
 * write after its own (writeClaimChange). Otherwise null.
 */
export async function judgedContentChange(
  tx: DbTransaction,
  claim: LockedClaim,
  { workspaceId, change, sendBack = false }: { workspaceId: string; change: JudgedChange; sendBack?: boolean },
): Promise<ClaimChange | null> {
  const outcome = changeJudgedContent(claim.status, { confirmSendBack: sendBack });
  if (!outcome.ok) throw new AppError('conflict', outcome.message);
  if (!outcome.sendBack) return null;
  const label = claimLabel(claim);
  const verdict = claim.verdict ? `the proposed verdict “${claim.verdict}” is withdrawn` : 'the proposed verdict is withdrawn';
  return {
    data: outcome.sendBack,
    activity: {
      action: 'claim.sent_back_by_change',
      before: { status: claim.status, verdict: claim.verdict, rationale: claim.rationale },
      after: { status: outcome.sendBack.status, verdict: null, rationale: claim.rationale, reason: SEND_BACK_REASONS[change] },
    },
    notices: [
      {
        recipients: [claim.proposedById, claim.assigneeId, ...(await reviewerIds(tx, workspaceId))],
        kind: 'review_result',
        message: (actor) => `${actor} ${DONE[change]} ${label}: ${verdict} and the claim is back in progress.`,
      },
    ],
  };
}
