'use client';

import { useState } from 'react';
import { updateClaimAction } from '@/lib/actions/claims';
import type { ClaimDetails } from '@/lib/server/claims/get-claim';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/text-area';
import { useClaimChange } from './use-claim-change';

/** The statement to check, as the team words it (starts as the quoted text). */
export function ClaimStatement({ workspace, claim, onChanged, canEdit }: { workspace: string; claim: ClaimDetails; onChanged: () => void; canEdit: boolean }) {
  // The draft keeps the version it was started from: a change someone else made meanwhile (which
  // the panel shows live) is refused (409) rather than overwritten. Once that refusal is shown
  // with the newer claim, saving again applies the draft to it.
  const [draft, setDraft] = useState<{ text: string; version: number } | null>(null);
  const { pending, error, run } = useClaimChange(onChanged);
  if (draft && error && draft.version !== claim.version) setDraft({ ...draft, version: claim.version });
  if (draft === null) {
    return (
      <div>
        <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Statement</h4>
        <p className="font-reading text-base" data-testid="claim-statement">
          {claim.statement}
        </p>
        {canEdit && (
          <Button variant="ghost" className="-ml-2 px-2 py-1 text-xs" onClick={() => setDraft({ text: claim.statement, version: claim.version })}>
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
        run(() => updateClaimAction({ workspace, claimId: claim.id, version: draft.version, statement: draft.text }), () => setDraft(null));
      }}
    >
      <TextArea label="Statement" name="statement" rows={3} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
      {error && <Alert>{error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          Save statement
        </Button>
        <Button type="button" variant="secondary" onClick={() => setDraft(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
