'use client';

import { useRef } from 'react';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { changePasswordAction, updateProfileAction } from '@/lib/actions/account';

export function ProfileForm({ name }: { name: string }) {
  const form = useFormMutation(updateProfileAction);
  const error = form.formError;
  return (
    <form action={form.formAction} className="mt-3 flex flex-col gap-3" noValidate>
      <Field label="Your name" name="name" defaultValue={name} autoComplete="name" errors={form.fieldErrors.name} />
      <div>
        <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
      {form.result?.ok && <Alert tone="info">Name saved.</Alert>}
    </form>
  );
}

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const formElement = useRef<HTMLFormElement>(null);
  const form = useFormMutation(changePasswordAction, { onSuccess: () => formElement.current?.reset() });
  const errors = form.fieldErrors;
  const error = form.formError;
  return (
    <form ref={formElement} action={form.formAction} className="mt-3 flex flex-col gap-3" noValidate>
      {hasPassword && (
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          errors={errors.currentPassword}
        />
      )}
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        errors={errors.newPassword}
      />
      <Field
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={errors.confirmPassword}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">{hasPassword ? 'Change password' : 'Set password'}</SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
      {form.result?.ok && <Alert tone="info">Password changed.</Alert>}
    </form>
  );
}
