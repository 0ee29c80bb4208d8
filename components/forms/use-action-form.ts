'use client';

import { useActionState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/errors';

/**
 * useActionState for actions built with lib/actions/define-action.ts: the form's state is the last result,
 * and `onSuccess` runs with the result's data (to navigate, reset the form, show a link);
 * `onFailure` gets the refusal and what was submitted (to keep what the person typed).
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T) => void,
  onFailure?: (result: ActionFailure, input: FormData) => void,
) {
  return useActionState(async (_previous: ActionResult<T> | null, formData: FormData) => {
    const result = await action(formData);
    if (result.ok) onSuccess?.(result.data);
    else onFailure?.(result, formData);
    return result;
  }, null);
}

/** Field errors of a failed result, for <Field errors={…}>. */
export function fieldErrorsOf(state: ActionResult<unknown> | null): Record<string, string[] | undefined> {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}

/** The message of a failed result that no single field explains. */
export function formErrorOf(state: ActionResult<unknown> | null): string | null {
  return state && !state.ok && !state.fieldErrors ? state.error : null;
}
