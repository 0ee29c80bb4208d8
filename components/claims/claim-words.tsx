'use client';

import type { ClaimView } from '@/components/data/entity-keys';

/**
 * The claim's words in the document's latest version, naming that version; an orphaned claim
 * says its words are gone. When a new version changed the words its verdict judged, both are
 * shown until someone confirms the verdict still holds or the claim is checked again.
 */
export function ClaimWords({ claim }: { claim: ClaimView }) {
  const current = claim.current;
  if (!current) return null;
  const changed = claim.wordsChangedAt !== null && claim.verdictWords !== null;
  return (
    <div className="space-y-2" data-testid="claim-words">
      {current.orphaned ? (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-800" data-testid="claim-orphaned">
          Orphaned: these words are no longer in the text (version {current.version}). Re-attach the annotation in the document.
        </p>
      ) : null}
      <p className="text-xs text-muted">
        {current.orphaned ? 'Last quoted as' : `In the text (version ${current.version})`}:{' '}
        <q dir="auto" className="font-reading text-ink">
          {current.words}
        </q>
      </p>
      {changed && (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900" data-testid="claim-words-changed">
          <p className="font-medium">Words changed since the verdict.</p>
          <p>
            The verdict judged{claim.verdictWordsVersion ? ` (version ${claim.verdictWordsVersion})` : ''}:{' '}
            <q dir="auto" className="font-reading">
              {claim.verdictWords}
            </q>
          </p>
          <p>Someone other than the proposer confirms the verdict still holds, or an editor reopens the claim.</p>
        </div>
      )}
    </div>
  );
}
