'use client';

import { useCallback, useEffect, useState } from 'react';
import { getClaimAction } from '@/lib/actions/claims';
import { useLiveChanges } from '@/components/live/live-provider';
import type { ClaimDetails } from '@/lib/server/claims/get-claim';

type Loaded = { key: string; claim: ClaimDetails | null; error: string | null };

/**
 * A claim's details, loaded when it is selected and again after each change to it: one made
 * here (`reload`) or by someone else (a live change of the claim, or of any evidence or source,
 * whose events do not say which claim they belong to).
 */
export function useClaim(workspace: string, claimId: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void getClaimAction({ workspace, claimId }).then((result) => {
      if (isCurrent) setLoaded({ key: claimId, claim: result.ok ? result.data : null, error: result.ok ? null : result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [workspace, claimId, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  useLiveChanges((change) => (change.entity === 'claim' && change.entityId === claimId) || change.entity === 'evidence' || change.entity === 'source', reload);
  // Another claim selected: nothing to show until its own details arrive.
  const current = loaded?.key === claimId ? loaded : null;
  return { claim: current?.claim ?? null, error: current?.error ?? null, reload };
}
