'use client';

import { useRouter } from 'next/navigation';
import { formErrorOf, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { acceptInvitationAction } from '@/lib/actions/invitations';

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const [state, formAction] = useActionForm(acceptInvitationAction, ({ slug }) => router.push(`/w/${slug}`));
  const error = formErrorOf(state);
  return (
    <form action={formAction} className="mt-5 flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingLabel="Joining…">Accept invitation</SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
