'use client';

import { useState } from 'react';
import { removeEvidenceAction } from '@/lib/actions/evidence';
import { canChangeJudgedContent } from '@/lib/claims/judged-content';
import { describeEvidence } from '@/lib/evidence/kinds';
import { claimKey, type ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { EvidenceForm } from './evidence-form';
import { EvidenceItem } from './evidence-item';

/** What a claim rests on — web pages, documents, records of calls, datasets — each with its stance and quote. */
export function ClaimEvidence({ claim }: { claim: ClaimView }) {
  const { slug: workspace, can } = useWorkspace();
  // A reviewed claim's evidence is locked (reopen it first); a change to one awaiting review sends
  // it back to in progress, which the buttons say before (lib/claims/judged-content).
  const lock = canChangeJudgedContent(claim.status);
  const canEdit = can('claim.verify') && lock !== 'locked';
  const sendBack = lock === 'sends_back';
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  // Evidence is not the claim: after a change the claim (with its evidence) is read again.
  const remove = useMutation(removeEvidenceAction, { reads: () => [claimKey(workspace, claim.id)], onSuccess: () => setRemoving(null) });

  const removeButtons = (evidence: ClaimView['evidence'][number]) => {
    if (!canEdit) return null;
    const run = (confirmed: boolean) =>
      void remove.run({ workspace, evidenceId: evidence.id, version: evidence.version, ...(confirmed ? { sendBack: true } : {}) });
    if (sendBack && removing === evidence.id) {
      return (
        <span className="flex shrink-0 gap-1">
          <Button variant="secondary" className="px-2 py-0.5 text-xs" disabled={remove.pending} onClick={() => run(true)}>
            Remove and send back to in progress
          </Button>
          <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setRemoving(null)}>
            Keep it
          </Button>
        </span>
      );
    }
    return (
      <Button
        variant="ghost"
        className="px-2 py-0.5 text-xs"
        disabled={remove.pending}
        aria-label={`Remove ${evidence.source?.domain ?? describeEvidence(evidence)}`}
        onClick={() => (sendBack ? setRemoving(evidence.id) : run(false))}
      >
        Remove
      </Button>
    );
  };

  return (
    <div className="space-y-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Evidence</h4>
      {claim.evidence.length === 0 && <p className="text-muted">No evidence yet.</p>}
      <ul className="space-y-2" aria-label="Evidence">
        {claim.evidence.map((evidence) => (
          <EvidenceItem key={evidence.id} evidence={evidence} remove={removeButtons(evidence)} />
        ))}
      </ul>
      {remove.error && <Alert>{remove.error}</Alert>}
      {canEdit && !adding && (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          Add evidence…
        </Button>
      )}
      {canEdit && adding && <EvidenceForm claim={claim} sendBack={sendBack} onDone={() => setAdding(false)} />}
    </div>
  );
}
