'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/errors';
import { useMutation, type MutationOptions } from './use-mutation';

type Kept = { values: FormData; staleFrom: number | null; attempt: number };

type FormOptions<T> = Omit<MutationOptions<FormData, T>, 'onFailure'> & {
  /** The object's version as shown, for a form that edits a versioned object (see below). */
  version?: number;
  /** The hidden field the form sends that version in. */
  versionField?: string;
};

/**
 * useMutation for a `<form action={formAction}>`. When the server refuses, what the person typed
 * is kept: render fields with `defaultValue={typed(name, fallback)}` and the form with
 * `key={formKey}` (a fresh mount takes those defaults, whatever React's form reset does after
 * an action).
 *
 * A form that edits a versioned object sends `baseVersion` in the hidden field `versionField`:
 * the `version` shown, pinned when the person starts changing something (`onChange={pin}`), so
 * a refresh of the page underneath them (someone else's change arriving live) cannot slip a newer
 * version under what they typed. When someone else's change won (a 'stale' refusal), the page is
 * rendered again, so the props become the newer state; <StaleNotice> shows it with a button that
 * submits the kept values on top of it.
 */
export function useFormMutation<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  { version, versionField = 'version', ...options }: FormOptions<T> = {},
) {
  const [kept, setKept] = useState<Kept | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const mutation = useMutation(action, {
    ...options,
    onSuccess: (data, input) => {
      setKept(null);
      setPinned(null);
      options.onSuccess?.(data, input);
    },
    onFailure: (failure, values) => {
      const isStale = failure.code === 'stale' && version !== undefined;
      setKept((previous) => ({
        values,
        staleFrom: isStale ? Number(values.get(versionField)) : null,
        attempt: (previous?.attempt ?? 0) + 1,
      }));
      if (isStale) setPinned(null); // from now on the form is based on the newer version the notice shows
    },
  });
  return {
    ...mutation,
    /** For `<form action>`: resolves once answered (useFormStatus is pending until then). */
    formAction: async (formData: FormData) => void (await mutation.perform(formData)),
    /** The refusal's message when no single field explains it (those go to their fields). */
    formError: mutation.fieldErrors && Object.keys(mutation.fieldErrors).length > 0 ? null : mutation.error,
    formKey: kept?.attempt ?? 0,
    /** The version this form's change is based on (the hidden field's value). */
    baseVersion: pinned ?? version ?? 0,
    /** For the form's onChange: the person started changing the version they see. */
    pin: () => setPinned((current) => current ?? version ?? null),
    /** The version the refused write was based on, while the form shows the refusal. */
    staleFrom: kept?.staleFrom ?? null,
    /** What the person typed in `name` before a refusal, else `fallback` (the current value). */
    typed: (name: string, fallback: string) => {
      const value = kept?.values.get(name);
      return typeof value === 'string' ? value : fallback;
    },
    /** Forget the refusal, what was kept and the pinned version (Cancel). */
    reset: () => {
      setKept(null);
      setPinned(null);
      mutation.reset();
    },
  };
}
