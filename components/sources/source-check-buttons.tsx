'use client';

import { useMutation } from '@/components/forms/use-mutation';
import { captureSourceAction, checkSourceAction } from '@/lib/actions/sources';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';

type Outcome = { tone: 'info' | 'error'; text: string };

/**
 * "Check now" (fetch the page and compare) and "Capture now" (fetch and keep a copy, which also
 * acknowledges a change). The page renders again with the result; the sentence says what happened.
 */
export function SourceCheckButtons({ sourceId }: { sourceId: string }) {
  const workspace = useWorkspace().slug;
  const check = useMutation(checkSourceAction);
  const capture = useMutation(captureSourceAction);
  const pending = check.pending || capture.pending;
  // The outcome of whichever ran last (the other one's is forgotten when it starts).
  const result = check.result ?? capture.result;
  const outcome: Outcome | null =
    result && (result.ok ? { tone: 'info', text: result.data.message } : { tone: 'error', text: result.error });
  const run = (started: typeof check, other: typeof check) => {
    other.reset();
    void started.run({ workspace, sourceId });
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending} onClick={() => run(check, capture)}>
          Check now
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => run(capture, check)}>
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
