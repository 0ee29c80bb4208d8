'use client';

import { useCallback, useEffect, useState } from 'react';
import { getClaimAction } from '@/app/(app)/w/[workspace]/claims/actions';
import type { ClaimDetails } from '@/lib/server/claims/get-claim';

/** A claim's details, loaded when it is selected and again after each change to it. */
export function useClaim(workspace: string, claimId: string) {
  const [claim, setClaim] = useState<ClaimDetails | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const result = await getClaimAction({ workspace, claimId });
    if (result.ok) {
      setClaim(result.data);
      setError(null);
    } else setError(result.error);
  }, [workspace, claimId]);
  useEffect(() => {
    setClaim(null);
    void reload();
  }, [reload]);
  return { claim, error, reload };
}
