'use client';

import { useRouter } from 'next/navigation';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { acceptInvitationAction } from '@/lib/actions/invitations';

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const form = useFormMutation(acceptInvitationAction, { onSuccess: ({ slug }) => router.push(`/w/${slug}`) });
  const error = form.formError;
  return (
    <form action={form.formAction} className="mt-5 flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingLabel="Joining…">Accept invitation</SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
