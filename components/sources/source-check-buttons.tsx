'use client';

import { useState, useTransition } from 'react';
import { captureSourceAction, checkSourceAction } from '@/lib/actions/sources';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

type Outcome = { tone: 'info' | 'error'; text: string };

/**
 * "Check now" (fetch the page and compare) and "Capture now" (fetch and keep a copy, which also
 * acknowledges a change). The page renders again with the result; the sentence says what happened.
 */
export function SourceCheckButtons({ workspace, sourceId }: { workspace: string; sourceId: string }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = (action: typeof checkSourceAction) =>
    startTransition(async () => {
      setOutcome(null);
      const result = await action({ workspace, sourceId });
      setOutcome(result.ok ? { tone: 'info', text: result.data.message } : { tone: 'error', text: result.error });
    });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => run(checkSourceAction)}>
          Check now
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => run(captureSourceAction)}>
          Capture now
        </Button>
        {pending && (
          <span role="status" className="self-center text-sm text-muted">
            Fetching the page…
          </span>
        )}
      </div>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
    </div>
  );
}
