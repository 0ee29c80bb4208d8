'use client';

import { canChangeJudgedContent } from '@/lib/claims/judged-content';
import type { ClaimView } from '@/components/data/entity-keys';
import { useWorkspace } from '@/components/workspace/workspace-context';

/**
 * Says, to those who may change a claim, what a change of its statement or evidence does now
 * (lib/claims/judged-content): withdraws a verdict awaiting review, or nothing until reopened.
 */
export function ClaimLockNotice({ claim }: { claim: ClaimView }) {
  const { can } = useWorkspace();
  if (!can('claim.verify')) return null;
  const lock = canChangeJudgedContent(claim.status);
  if (lock === 'open') return null;
  return (
    <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-accent-strong" data-testid="claim-lock-notice">
      {lock === 'sends_back'
        ? 'A verdict awaits review: changing the statement or the evidence withdraws it and sends the claim back to in progress.'
        : `This claim was reviewed: its statement, figure and evidence are locked. ${
            can('claim.assign') ? 'Reopen it (below) to change them.' : 'An editor or owner can reopen it to change them.'
          }`}
    </p>
  );
}
