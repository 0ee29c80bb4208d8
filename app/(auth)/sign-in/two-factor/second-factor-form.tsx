'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { verifySecondFactorAction } from '@/lib/actions/two-factor-sign-in';

export function SecondFactorForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(verifySecondFactorAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error && <Alert>{state.error}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <Field label="Code" name="code" autoComplete="one-time-code" inputMode="text" required autoFocus />
      <SubmitButton pendingLabel="Checking…">Continue</SubmitButton>
    </form>
  );
}
