'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/errors';
import { isStaleResult } from '@/lib/versioning';
import { useActionForm } from './use-action-form';

type Kept = { values: FormData; staleFrom: number | null; attempt: number };

/**
 * useActionForm for a form that edits a versioned object (it sends the version it was rendered
 * with in a hidden field named `versionField`). When the server refuses:
 * - what the person typed is kept: render fields with `defaultValue={typed(name, fallback)}` and
 *   the form with `key={formKey}` (a fresh mount takes those defaults, whatever React's form
 *   reset does after an action);
 * - when someone else changed the object meanwhile (409, lib/versioning), the page is rendered
 *   again from the server, so the props — and the hidden version — become the newer state; the
 *   form shows <StaleNotice> with a button that submits the kept values on top of it.
 */
export function useVersionedForm<T>(action: (input: FormData) => Promise<ActionResult<T>>, { versionField = 'version', onSuccess }: { versionField?: string; onSuccess?: (data: T) => void } = {}) {
  const router = useRouter();
  const [kept, setKept] = useState<Kept | null>(null);
  const [state, formAction] = useActionForm(
    action,
    (data) => {
      setKept(null);
      onSuccess?.(data);
    },
    (result: ActionFailure, values: FormData) => {
      const stale = isStaleResult(result);
      setKept((previous) => ({ values, staleFrom: stale ? Number(values.get(versionField)) : null, attempt: (previous?.attempt ?? 0) + 1 }));
      if (stale) router.refresh();
    },
  );
  return {
    state,
    formAction,
    formKey: kept?.attempt ?? 0,
    /** The version the refused write was based on, while the form shows the refusal. */
    staleFrom: kept?.staleFrom ?? null,
    /** What the person typed in `name` before a refusal, else `fallback` (the current value). */
    typed: (name: string, fallback: string) => {
      const value = kept?.values.get(name);
      return typeof value === 'string' ? value : fallback;
    },
    /** Forget the refusal (Cancel). */
    reset: () => setKept(null),
  };
}
