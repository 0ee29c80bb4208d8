'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/errors';

/**
 * Runs one change to a claim: pending state, the refusal's message (the form keeps what was
 * typed), and a reload of the claim when it succeeded or lost a race with someone else.
 */
export function useClaimChange(onChanged: () => void) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (change: () => Promise<ActionResult<unknown>>, onSuccess?: () => void) =>
    startTransition(async () => {
      const result = await change();
      if (!result.ok) {
        setError(result.error);
        // Someone else changed the claim: show their change underneath, keep this form as typed.
        if (result.code === 'stale') onChanged();
        return;
      }
      setError(null);
      onSuccess?.();
      onChanged();
    });
  return { pending, error, run };
}
