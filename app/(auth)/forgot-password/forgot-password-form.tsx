'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestPasswordResetAction } from '@/lib/actions/password-reset';

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordResetAction, null);
  if (state?.sent) {
    return (
      <Alert tone="info">
        Check your email: if <strong>{state.email}</strong> has a Margin account, we sent it a link to set a new password. The link works
        once, within an hour.
      </Alert>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error && <Alert>{state.error}</Alert>}
      <p className="text-sm text-muted">Enter your account&apos;s email address: we will send it a link to set a new password.</p>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.email}
        errors={state?.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
    </form>
  );
}
