'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/errors';
import { useActionForm } from './use-action-form';

type Kept = { values: FormData; staleFrom: number | null; attempt: number };

/**
 * useActionForm for a form that edits a versioned object. The form sends `baseVersion` in a
 * hidden field named `versionField`: the object's `version` as shown, pinned when the person
 * starts changing something (`onChange` on the form), so a refresh of the page underneath them
 * (someone else's change arriving live) cannot slip a newer version under what they typed.
 * When the server refuses:
 * - what the person typed is kept: render fields with `defaultValue={typed(name, fallback)}` and
 *   the form with `key={formKey}` (a fresh mount takes those defaults, whatever React's form
 *   reset does after an action);
 * - when someone else changed the object meanwhile (409, lib/versioning), the page is rendered
 *   again from the server, so the props become the newer state; <StaleNotice> shows it with a
 *   button that submits the kept values on top of it.
 */
export function useVersionedForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  { version, versionField = 'version', onSuccess }: { version: number; versionField?: string; onSuccess?: (data: T) => void },
) {
  const router = useRouter();
  const [kept, setKept] = useState<Kept | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const [state, formAction] = useActionForm(
    action,
    (data) => {
      setKept(null);
      setPinned(null);
      onSuccess?.(data);
    },
    (result: ActionFailure, values: FormData) => {
      const stale = !result.ok && result.code === 'stale';
      setKept((previous) => ({ values, staleFrom: stale ? Number(values.get(versionField)) : null, attempt: (previous?.attempt ?? 0) + 1 }));
      if (!stale) return;
      setPinned(null); // from now on the form is based on the newer version the notice shows
      router.refresh();
    },
  );
  return {
    state,
    formAction,
    formKey: kept?.attempt ?? 0,
    /** The version this form's change is based on (the hidden field's value). */
    baseVersion: pinned ?? version,
    /** For the form's onChange: the person started changing the version they see. */
    pin: () => setPinned((current) => current ?? version),
    /** The version the refused write was based on, while the form shows the refusal. */
    staleFrom: kept?.staleFrom ?? null,
    /** What the person typed in `name` before a refusal, else `fallback` (the current value). */
    typed: (name: string, fallback: string) => {
      const value = kept?.values.get(name);
      return typeof value === 'string' ? value : fallback;
    },
    /** Forget the refusal and the pinned version (Cancel). */
    reset: () => {
      setKept(null);
      setPinned(null);
    },
  };
}
