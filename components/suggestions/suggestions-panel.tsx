'use client';

import { useCallback, useState, useTransition } from 'react';
import { createAnnotationAction } from '@/lib/actions/annotations';
import { dismissSuggestionAction, listSuggestionsAction } from '@/lib/actions/suggestions';
import type { Suggestion } from '@/lib/server/suggestions/list-suggestions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

const REASON_LABELS: Record<string, string> = {
  figure: 'a figure',
  date: 'a date',
  comparison: 'a comparison',
  attribution: 'an attribution',
  quotation: 'a quotation',
};

type Props = {
  workspace: string;
  documentId: string;
  versionId: string;
  /** Shows the suggested words in the text (scrolls there, marks them). */
  onShow: (suggestions: Suggestion[], current: Suggestion | null) => void;
  /** A suggestion became an annotation: select it. */
  onAccepted: (annotationId: string) => void;
};

/**
 * Figures and check-worthy sentences Margin found (lib/detect) and nobody marked yet: accept one
 * to mark it as a figure or a claim, or dismiss it for good.
 */
export function SuggestionsPanel({ workspace, documentId, versionId, onShow, onAccepted }: Props) {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const load = useCallback(
    () =>
      startTransition(async () => {
        const result = await listSuggestionsAction({ workspace, documentId });
        if (!result.ok) return setError(result.error);
        setError(null);
        setSuggestions(result.data);
        onShow(result.data, null);
      }),
    [workspace, documentId, onShow],
  );

  /** Runs an accept or a dismiss; then the settled suggestions (a dismissal: every one with those words) leave the list. */
  const settle = (settles: (other: Suggestion) => boolean, work: () => Promise<{ ok: true; data: unknown } | { ok: false; error: string }>, then?: (data: unknown) => void) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setError(result.error);
      setError(null);
      const rest = (suggestions ?? []).filter((other) => !settles(other));
      setSuggestions(rest);
      onShow(rest, null);
      then?.(result.data);
    });

  if (!suggestions) {
    return (
      <div className="space-y-2">
        <Button variant="secondary" onClick={load} disabled={pending}>
          {pending ? 'Looking for figures and claims…' : 'Suggest figures and claims'}
        </Button>
        {error && <Alert>{error}</Alert>}
      </div>
    );
  }

  return (
    <section aria-label="Suggestions" className="space-y-2 text-sm">
      <div className="flex items-center justify-between">
        <h3 className="font-semibold">Suggestions ({suggestions.length})</h3>
        <Button
          variant="ghost"
          className="px-2 py-0.5 text-xs"
          onClick={() => {
            setSuggestions(null);
            onShow([], null);
          }}
        >
          Hide
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
      {suggestions.length === 0 && <p className="text-muted">Nothing left to suggest.</p>}
      <ul className="max-h-96 space-y-2 overflow-y-auto" aria-label="Suggested figures and claims">
        {suggestions.map((suggestion) => (
          <li key={`${suggestion.kind}-${suggestion.start}`} className="rounded-md border border-dashed border-rule p-2" data-testid="suggestion" data-kind={suggestion.kind}>
            <button type="button" className="block w-full text-left" onClick={() => onShow(suggestions, suggestion)}>
              <span className="text-xs font-semibold uppercase text-muted">{suggestion.kind === 'figure' ? 'Figure' : 'Claim'}</span>{' '}
              <span className="font-reading">{suggestion.exact.length > 160 ? `${suggestion.exact.slice(0, 157)}…` : suggestion.exact}</span>
              {suggestion.kind === 'claim' && <span className="block text-xs text-muted">Has {suggestion.reasons.map((reason) => REASON_LABELS[reason] ?? reason).join(', ')}</span>}
            </button>
            <div className="mt-1 flex gap-2">
              <Button
                className="px-2 py-1 text-xs"
                disabled={pending}
                aria-label={`Mark “${suggestion.exact.slice(0, 40)}” as a ${suggestion.kind}`}
                onClick={() =>
                  settle(
                    (other) => other === suggestion,
                    () => createAnnotationAction({ workspace, documentId, versionId, start: suggestion.start, end: suggestion.end, kind: suggestion.kind, visibility: 'shared', tagIds: [] }),
                    (created) => onAccepted((created as { id: string }).id),
                  )
                }
              >
                Accept
              </Button>
              <Button
                variant="secondary"
                className="px-2 py-1 text-xs"
                disabled={pending}
                aria-label={`Dismiss “${suggestion.exact.slice(0, 40)}”`}
                onClick={() => settle((other) => other.kind === suggestion.kind && other.exact === suggestion.exact, () => dismissSuggestionAction({ workspace, documentId, kind: suggestion.kind, exact: suggestion.exact }))}
              >
                Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
