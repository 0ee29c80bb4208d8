'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { resetPasswordAction } from '@/lib/actions/password-reset';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, null);
  if (state?.done) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="info">Your new password is set, and every browser signed in to your account was signed out.</Alert>
        <Link href="/sign-in" className="text-accent underline underline-offset-4">
          Sign in with your new password
        </Link>
      </div>
    );
  }
  const errors = state?.fieldErrors;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state?.error && <Alert>{state.error}</Alert>}
      {state?.linkState && (
        <Link href="/forgot-password" className="text-sm text-accent underline underline-offset-4">
          Ask for a new link
        </Link>
      )}
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={errors?.newPassword}
      />
      <Field
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
      <SubmitButton pendingLabel="Setting your password…">Set my new password</SubmitButton>
    </form>
  );
}
