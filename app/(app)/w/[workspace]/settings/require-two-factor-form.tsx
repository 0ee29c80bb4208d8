'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { setRequireTwoFactorAction } from '@/lib/actions/workspaces';

/** Owners: require two-factor authentication of every member of the workspace. */
export function RequireTwoFactorForm({ required }: { required: boolean }) {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(setRequireTwoFactorAction);
  return (
    <form action={form.formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="requireTwoFactor" value={required ? 'false' : 'true'} />
      <p className="text-sm">
        {required
          ? 'Members must use two-factor authentication: those without it see a page asking them to turn it on, and their API tokens are refused.'
          : 'Members may sign in with a password alone.'}
      </p>
      <div>
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          {required ? 'Stop requiring two-factor authentication' : 'Require two-factor authentication'}
        </SubmitButton>
      </div>
      {form.formError && <Alert>{form.formError}</Alert>}
    </form>
  );
}
