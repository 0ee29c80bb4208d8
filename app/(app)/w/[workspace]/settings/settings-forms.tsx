'use client';

import { useRouter } from 'next/navigation';
import { fieldErrorsOf, formErrorOf, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteWorkspaceAction, renameWorkspaceAction } from './actions';

export function RenameWorkspaceForm({ workspace, name }: { workspace: string; name: string }) {
  const [state, formAction] = useActionForm(renameWorkspaceAction);
  const error = formErrorOf(state);
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field label="Workspace name" name="name" defaultValue={name} className="flex-1" errors={fieldErrorsOf(state).name} />
      <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>
      {error && <Alert>{error}</Alert>}
      {state?.ok && <Alert tone="info">Renamed.</Alert>}
    </form>
  );
}

export function DeleteWorkspaceForm({ workspace, name }: { workspace: string; name: string }) {
  const router = useRouter();
  const [state, formAction] = useActionForm(deleteWorkspaceAction, () => router.push('/w'));
  const error = formErrorOf(state);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field
        label={`Type “${name}” to confirm`}
        name="confirmName"
        autoComplete="off"
        className="flex-1"
        errors={fieldErrorsOf(state).confirmName}
      />
      <SubmitButton className="bg-danger hover:bg-red-800" pendingLabel="Deleting…">
        Delete workspace
      </SubmitButton>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
