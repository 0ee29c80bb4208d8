'use client';

import { useState } from 'react';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CopyButton } from '@/components/ui/copy-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { roleOptions } from '@/lib/roles';
import type { InvitationDelivery } from '@/lib/server/invitations/send-invitation-email';
import { inviteMemberAction } from '@/lib/actions/invitations';

const DELIVERY_NOTE: Record<InvitationDelivery, string> = {
  not_configured: 'Send this link to',
  sent: 'We emailed this link to',
  failed: 'Emailing the link failed: send it yourself to',
};

export function InviteForm() {
  const { slug: workspace, role } = useWorkspace();
  // Only an owner makes another owner.
  const canInviteOwners = role === 'owner';
  const [link, setLink] = useState<{ url: string; email: string; delivery: InvitationDelivery } | null>(null);
  const form = useFormMutation(inviteMemberAction, {
    onSuccess: (invitation) => setLink({ url: invitation.url, email: invitation.email, delivery: invitation.delivery }),
  });
  const errors = form.fieldErrors;
  const error = form.formError;
  return (
    <div className="mt-4">
      <form action={form.formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
        <input type="hidden" name="workspace" value={workspace} />
        <Field id="invite-email" label="Email" name="email" type="email" className="flex-1" errors={errors.email} />
        <SelectField
          id="invite-role"
          label="Role"
          name="role"
          defaultValue="checker"
          options={roleOptions(canInviteOwners ? undefined : ['editor', 'checker', 'viewer'])}
        />
        <SubmitButton pendingLabel="Inviting…">Create invitation</SubmitButton>
      </form>
      {error && <Alert className="mt-3">{error}</Alert>}
      {link && form.result?.ok && (
        <div className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm" role="status">
          <p>
            {DELIVERY_NOTE[link.delivery]} <strong>{link.email}</strong>. The link is shown only now.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <input
              readOnly
              value={link.url}
              aria-label="Invitation link"
              className="flex-1 rounded-md border border-rule bg-white px-2 py-1.5 font-mono text-xs"
            />
            <CopyButton text={link.url} />
          </div>
        </div>
      )}
    </div>
  );
}
