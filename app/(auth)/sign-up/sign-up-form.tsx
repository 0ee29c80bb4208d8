'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { signUpAction } from '@/lib/actions/auth';

export function SignUpForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [state, formAction] = useActionState(signUpAction, null);
  const errors = state?.fieldErrors;
  if (state?.checkEmail) {
    return (
      <Alert tone="info">
        Check your email: we sent a message to <strong>{state.email}</strong> that tells you how to go on.
      </Alert>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error && <Alert>{state.error}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={state?.name} errors={errors?.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.email ?? defaultEmail}
        errors={errors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={errors?.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
