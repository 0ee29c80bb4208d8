'use client';

import { availableSteps } from '@/lib/claims/workflow';
import { STATUS_COLORS, STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import { displayName } from '@/lib/users/display-name';
import { claimKey } from '@/components/data/entity-keys';
import { useEntity } from '@/components/data/use-entity';
import { ReadFailed } from '@/components/data/read-failed';
import { cn } from '@/components/ui/cn';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { ClaimAssignee } from './claim-assignee';
import { ClaimEvidence } from './claim-evidence';
import { ClaimFigure } from './claim-figure';
import { ClaimHistory } from './claim-history';
import { ClaimLockNotice } from './claim-lock-notice';
import { ClaimMemory } from './claim-memory';
import { ClaimSentBack } from './claim-sent-back';
import { ClaimStatement } from './claim-statement';
import { ClaimWords } from './claim-words';
import { ClaimWorkflow } from './claim-workflow';

/** Everything a team does to one claim: statement, claims seen before, status and verdict, assignee, evidence, history. */
export function ClaimPanel({ claimId }: { claimId: string }) {
  const { slug: workspace, viewer, role } = useWorkspace();
  // Read when selected; read again when a change of it (or of any evidence or source) arrives
  // live; a change made here puts its result in the same cache (./claim-change.ts).
  const { data: claim, error, retry } = useEntity(claimKey(workspace, claimId));
  if (error) return <ReadFailed error={error} retry={retry} />;
  if (!claim) return <p className="text-sm text-muted">Loading the claim…</p>;
  const snapshot = {
    ...claim,
    supportingSources: claim.evidence.filter((evidence) => evidence.stance === 'supports').length,
    wordsChanged: claim.wordsChangedAt !== null,
  };
  const steps = availableSteps(snapshot, { userId: viewer.id, role });

  return (
    <section aria-label="Claim" className="space-y-4 text-sm" data-testid="claim-panel">
      <ClaimSentBack claim={claim} />
      <div className="flex flex-wrap items-center gap-2">
        <span className={cn('rounded px-2 py-0.5 text-xs font-medium', STATUS_COLORS[claim.status])} data-testid="claim-status">
          {STATUS_LABELS[claim.status]}
        </span>
        {claim.verdict && (
          <span className="rounded border border-rule px-2 py-0.5 text-xs font-medium" data-testid="claim-verdict">
            {claim.status === 'reviewed' ? VERDICT_LABELS[claim.verdict] : `Proposed: ${VERDICT_LABELS[claim.verdict]}`}
          </span>
        )}
        {claim.proposedBy && <span className="text-xs text-muted">by {displayName(claim.proposedBy)}</span>}
        {claim.reviewedBy && <span className="text-xs text-muted">· reviewed by {displayName(claim.reviewedBy)}</span>}
      </div>
      <ClaimLockNotice claim={claim} />
      <ClaimWords claim={claim} />
      <ClaimStatement claim={claim} />
      <ClaimMemory claim={claim} />
      {claim.figureKind && <ClaimFigure claim={claim} />}
      {claim.rationale && (
        <div>
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Rationale</h4>
          <p className="whitespace-pre-wrap">{claim.rationale}</p>
        </div>
      )}
      <ClaimWorkflow claim={claim} steps={steps} />
      <ClaimAssignee claim={claim} />
      <ClaimEvidence claim={claim} />
      <ClaimHistory claim={claim} />
    </section>
  );
}
