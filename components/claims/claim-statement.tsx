'use client';

import { useState } from 'react';
import { updateClaimAction } from '@/lib/actions/claims';
import { canChangeJudgedContent } from '@/lib/claims/judged-content';
import type { ClaimView } from '@/components/data/entity-keys';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { claimChange } from './claim-change';

/** The statement to check, as the team words it (starts as the quoted text). */
export function ClaimStatement({ claim }: { claim: ClaimView }) {
  const { slug: workspace, can } = useWorkspace();
  // A reviewed claim's statement is locked (reopen it first); one awaiting review goes back to in
  // progress when saved, and the Save button says so (lib/claims/judged-content).
  const lock = canChangeJudgedContent(claim.status);
  const canEdit = can('claim.verify') && lock !== 'locked';
  // The draft keeps the version it was started from: a change someone else made meanwhile (which
  // the panel shows live) is refused (409) rather than overwritten. Once that refusal is shown
  // with the newer claim, saving again applies the draft to it.
  const [draft, setDraft] = useState<{ text: string; version: number } | null>(null);
  const { pending, error, run, reset } = useMutation(updateClaimAction, {
    ...claimChange(workspace, claim.id, { memory: true }),
    onSuccess: () => setDraft(null),
  });
  if (draft && error && draft.version !== claim.version) setDraft({ ...draft, version: claim.version });
  if (draft === null) {
    return (
      <div>
        <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Statement</h4>
        <p dir="auto" className="font-reading text-base" data-testid="claim-statement">
          {claim.statement}
        </p>
        {canEdit && (
          <Button
            variant="ghost"
            className="-ml-2 px-2 py-1 text-xs"
            onClick={() => setDraft({ text: claim.statement, version: claim.version })}
          >
            Edit statement
          </Button>
        )}
      </div>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void run({ workspace, claimId: claim.id, version: draft.version, statement: draft.text, sendBack: lock === 'sends_back' });
      }}
    >
      <TextArea
        label="Statement"
        name="statement"
        rows={3}
        value={draft.text}
        onChange={(event) => setDraft({ ...draft, text: event.target.value })}
      />
      {error && <Alert>{error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {lock === 'sends_back' ? 'Save and send back to in progress' : 'Save statement'}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            reset();
            setDraft(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
