'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { revokeInvitationAction } from '@/lib/actions/invitations';

type PendingInvitation = { id: string; email: string; role: string; expiresAt: string };

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-sm font-medium uppercase tracking-wide text-muted">Pending invitations</h3>
      <ul className="mt-2 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Pending invitations">
        {invitations.map((invitation) => (
          <PendingInvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </div>
  );
}

function PendingInvitationRow({ invitation }: { invitation: PendingInvitation }) {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(revokeInvitationAction);
  const error = form.formError;
  const expires = new Date(invitation.expiresAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  return (
    <li className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
      <span>
        {invitation.email}{' '}
        <span className="text-muted">
          · {invitation.role} · expires {expires}
        </span>
      </span>
      <form action={form.formAction}>
        <input type="hidden" name="workspace" value={workspace} />
        <input type="hidden" name="invitationId" value={invitation.id} />
        <SubmitButton variant="ghost" pendingLabel="Revoking…" aria-label={`Revoke the invitation for ${invitation.email}`}>
          Revoke
        </SubmitButton>
      </form>
      {error && <Alert>{error}</Alert>}
    </li>
  );
}
