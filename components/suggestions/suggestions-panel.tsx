'use client';

import { useEffect, useState } from 'react';
import { dismissedKey, suggestionsKey } from '@/components/data/entity-keys';
import { useEntity } from '@/components/data/use-entity';
import { useMutation } from '@/components/forms/use-mutation';
import { createAnnotationAction } from '@/lib/actions/annotations';
import { dismissSuggestionAction, restoreSuggestionAction } from '@/lib/actions/suggestions';
import type { Suggestion } from '@/lib/server/suggestions/list-suggestions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { DismissedSuggestions, restoreSettles } from './dismissed-suggestions';

/** How long the Undo of a dismissal stays offered. */
const UNDO_MS = 10_000;

const REASON_LABELS: Record<string, string> = {
  figure: 'a figure',
  date: 'a date',
  comparison: 'a comparison',
  attribution: 'an attribution',
  quotation: 'a quotation',
};

type Props = {
  documentId: string;
  versionId: string;
  /** Shows the suggested words in the text (scrolls there, marks them). */
  onShow: (suggestions: Suggestion[], current: Suggestion | null) => void;
  /** A suggestion became an annotation: select it. */
  onAccepted: (annotationId: string) => void;
};

/**
 * Figures and check-worthy sentences Margin found (lib/detect) and nobody marked yet: accept one
 * to mark it as a figure or a claim, or dismiss it (undone at once, or restored later from the list
 * of dismissed ones). The list is read when asked for (through the client cache) and again after
 * each accept, dismiss or restore, which settle on the server.
 */
export function SuggestionsPanel({ documentId, versionId, onShow, onAccepted }: Props) {
  const workspace = useWorkspace().slug;
  const [isOpen, setOpen] = useState(false);
  const key = suggestionsKey(workspace, documentId);
  const { data: suggestions, error: readError, isLoading, retry } = useEntity(isOpen ? key : null);
  // The text shows the list's words marked (none while the list is closed).
  useEffect(() => onShow(suggestions ?? [], null), [suggestions, onShow]);
  const settles = { reads: () => [key] };
  const accept = useMutation(createAnnotationAction, { ...settles, onSuccess: (created) => onAccepted(created.id) });
  const [undoable, setUndoable] = useState<{ kind: Suggestion['kind']; exact: string } | null>(null);
  const dismiss = useMutation(dismissSuggestionAction, { reads: () => [key, dismissedKey(workspace, documentId)] });
  const dismissOne = async ({ kind, exact }: Suggestion) => {
    if ((await dismiss.run({ workspace, documentId, kind, exact })).ok) setUndoable({ kind, exact });
  };
  const restore = useMutation(restoreSuggestionAction, { ...restoreSettles(workspace, documentId), onSuccess: () => setUndoable(null) });
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoable]);
  const pending = accept.pending || dismiss.pending || restore.pending;
  const error = readError ?? accept.error ?? dismiss.error ?? restore.error;

  if (!suggestions) {
    return (
      <div className="space-y-2">
        <Button variant="secondary" onClick={() => (isOpen ? retry() : setOpen(true))} disabled={isLoading}>
          {isLoading ? 'Looking for figures and claims…' : readError ? 'Try again' : 'Suggest figures and claims'}
        </Button>
        {error && <Alert>{error}</Alert>}
      </div>
    );
  }

  return (
    <section aria-label="Suggestions" className="space-y-2 text-sm">
      <div className="flex items-center justify-between">
        <h3 className="font-semibold">Suggestions ({suggestions.length})</h3>
        <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setOpen(false)}>
          Hide
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
      {undoable && (
        <p role="status" className="flex items-center justify-between gap-2 rounded-md border border-rule bg-white px-3 py-2">
          <span>Dismissed “{undoable.exact.length > 60 ? `${undoable.exact.slice(0, 57)}…` : undoable.exact}”.</span>
          <Button
            variant="ghost"
            className="px-2 py-0.5 text-xs"
            disabled={pending}
            onClick={() => void restore.run({ workspace, documentId, ...undoable })}
          >
            Undo
          </Button>
        </p>
      )}
      {suggestions.length === 0 && <p className="text-muted">Nothing left to suggest.</p>}
      <ul className="max-h-96 space-y-2 overflow-y-auto" aria-label="Suggested figures and claims">
        {suggestions.map((suggestion) => (
          <li
            key={`${suggestion.kind}-${suggestion.start}`}
            className="rounded-md border border-dashed border-rule p-2"
            data-testid="suggestion"
            data-kind={suggestion.kind}
          >
            <button type="button" className="block w-full text-left" onClick={() => onShow(suggestions, suggestion)}>
              <span className="text-xs font-semibold uppercase text-muted">{suggestion.kind === 'figure' ? 'Figure' : 'Claim'}</span>{' '}
              <span className="font-reading">
                {suggestion.exact.length > 160 ? `${suggestion.exact.slice(0, 157)}…` : suggestion.exact}
              </span>
              {suggestion.kind === 'claim' && (
                <span className="block text-xs text-muted">
                  Has {suggestion.reasons.map((reason) => REASON_LABELS[reason] ?? reason).join(', ')}
                </span>
              )}
            </button>
            <div className="mt-1 flex gap-2">
              <Button
                className="px-2 py-1 text-xs"
                disabled={pending}
                aria-label={`Mark “${suggestion.exact.slice(0, 40)}” as a ${suggestion.kind}`}
                onClick={() =>
                  void accept.run({
                    workspace,
                    documentId,
                    versionId,
                    start: suggestion.start,
                    end: suggestion.end,
                    kind: suggestion.kind,
                    visibility: 'shared',
                    tagIds: [],
                  })
                }
              >
                Accept
              </Button>
              <Button
                variant="secondary"
                className="px-2 py-1 text-xs"
                disabled={pending}
                aria-label={`Dismiss “${suggestion.exact.slice(0, 40)}”`}
                onClick={() => void dismissOne(suggestion)}
              >
                Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <DismissedSuggestions documentId={documentId} />
    </section>
  );
}
