'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { resendVerificationEmailAction } from '@/lib/actions/account';

const SENT_NOTE = {
  sent: 'We sent a new link. It works once, within 24 hours.',
  already_verified: 'Your email address is already verified.',
  not_configured: 'This Margin server cannot send email, so the address cannot be verified here.',
} as const;

/** Sends the signed-in person a new verification link (a few an hour at most). */
export function ResendVerificationButton({ label = 'Resend' }: { label?: string }) {
  const form = useFormMutation(resendVerificationEmailAction);
  return (
    <form action={form.formAction} className="mt-3 flex flex-col gap-3">
      <div>
        <SubmitButton pendingLabel="Sending…">{label}</SubmitButton>
      </div>
      {form.formError && <Alert>{form.formError}</Alert>}
      {form.result?.ok && <Alert tone="info">{SENT_NOTE[form.result.data]}</Alert>}
    </form>
  );
}
