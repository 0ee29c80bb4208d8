'use client';

import { useState } from 'react';
import { removeEvidenceAction } from '@/lib/actions/evidence';
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
  const canEdit = can('claim.verify');
  const [adding, setAdding] = useState(false);
  // Evidence is not the claim: after a change the claim (with its evidence) is read again.
  const remove = useMutation(removeEvidenceAction, { reads: () => [claimKey(workspace, claim.id)] });

  return (
    <div className="space-y-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Evidence</h4>
      {claim.evidence.length === 0 && <p className="text-muted">No evidence yet.</p>}
      <ul className="space-y-2" aria-label="Evidence">
        {claim.evidence.map((evidence) => (
          <EvidenceItem
            key={evidence.id}
            evidence={evidence}
            remove={
              canEdit && (
                <Button
                  variant="ghost"
                  className="px-2 py-0.5 text-xs"
                  disabled={remove.pending}
                  aria-label={`Remove ${evidence.source?.domain ?? describeEvidence(evidence)}`}
                  onClick={() => void remove.run({ workspace, evidenceId: evidence.id, version: evidence.version })}
                >
                  Remove
                </Button>
              )
            }
          />
        ))}
      </ul>
      {remove.error && <Alert>{remove.error}</Alert>}
      {canEdit && !adding && (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          Add evidence…
        </Button>
      )}
      {canEdit && adding && <EvidenceForm claim={claim} onDone={() => setAdding(false)} />}
    </div>
  );
}
