'use client';

import { useState } from 'react';
import { dismissedKey, suggestionsKey } from '@/components/data/entity-keys';
import { useEntity } from '@/components/data/use-entity';
import { useMutation } from '@/components/forms/use-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { restoreSuggestionAction } from '@/lib/actions/suggestions';
import { displayName } from '@/lib/users/display-name';

/** Restoring a suggestion changes both lists: what is suggested and what is dismissed. */
export const restoreSettles = (workspace: string, documentId: string) => ({
  reads: () => [suggestionsKey(workspace, documentId), dismissedKey(workspace, documentId)],
});

const short = (words: string) => (words.length > 120 ? `${words.slice(0, 117)}…` : words);

/** The suggestions dismissed in this document (read when opened), each of which can be brought back. */
export function DismissedSuggestions({ documentId }: { documentId: string }) {
  const workspace = useWorkspace().slug;
  const [isOpen, setOpen] = useState(false);
  const { data: dismissed, error: readError } = useEntity(isOpen ? dismissedKey(workspace, documentId) : null);
  const restore = useMutation(restoreSuggestionAction, restoreSettles(workspace, documentId));
  const error = readError ?? restore.error;
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-muted">
        Dismissed{dismissed ? ` (${dismissed.length})` : ''}
      </summary>
      {error && <Alert className="mt-2">{error}</Alert>}
      {dismissed?.length === 0 && <p className="mt-2 text-muted">Nothing dismissed in this document.</p>}
      <ul className="mt-2 max-h-64 space-y-2 overflow-y-auto" aria-label="Dismissed suggestions">
        {dismissed?.map((entry) => (
          <li key={`${entry.kind}-${entry.exact}`} className="flex items-start justify-between gap-2 rounded-md border border-rule p-2">
            <span>
              <span className="text-xs font-semibold uppercase text-muted">{entry.kind === 'figure' ? 'Figure' : 'Claim'}</span>{' '}
              <span className="font-reading">{short(entry.exact)}</span>
              {entry.dismissedBy && <span className="block text-xs text-muted">Dismissed by {displayName(entry.dismissedBy)}</span>}
            </span>
            <Button
              variant="secondary"
              className="px-2 py-1 text-xs"
              disabled={restore.pending}
              aria-label={`Restore “${entry.exact.slice(0, 40)}”`}
              onClick={() => void restore.run({ workspace, documentId, kind: entry.kind, exact: entry.exact })}
            >
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
