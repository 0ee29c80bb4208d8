'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** A read through the client cache failed: says why, with a way to try again. */
export function ReadFailed({ error, retry }: { error: string; retry: () => void }) {
  return (
    <div className="space-y-2">
      <Alert>{error}</Alert>
      <Button variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
