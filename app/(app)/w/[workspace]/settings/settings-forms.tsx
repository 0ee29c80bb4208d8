'use client';

import { useRouter } from 'next/navigation';
import { StaleNotice } from '@/components/forms/stale-notice';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { deleteWorkspaceAction, renameWorkspaceAction } from '@/lib/actions/workspaces';

export function RenameWorkspaceForm({ name, version }: { name: string; version: number }) {
  const workspace = useWorkspace().slug;
  const { result, formAction, formError, fieldErrors, formKey, baseVersion, pin, staleFrom, typed } = useFormMutation(
    renameWorkspaceAction,
    { version },
  );
  const error = staleFrom === null ? formError : null;
  return (
    <form key={formKey} action={formAction} onChange={pin} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="version" value={baseVersion} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field label="Workspace name" name="name" defaultValue={typed('name', name)} className="flex-1" errors={fieldErrors.name} />
        {staleFrom === null && <SubmitButton pendingLabel="Saving…">Rename</SubmitButton>}
      </div>
      <StaleNotice staleFrom={staleFrom} currentVersion={version} fields={[{ label: 'Name', value: name }]} />
      {error && <Alert>{error}</Alert>}
      {result?.ok && <Alert tone="info">Renamed.</Alert>}
    </form>
  );
}

export function DeleteWorkspaceForm() {
  const { slug: workspace, name } = useWorkspace();
  const router = useRouter();
  const form = useFormMutation(deleteWorkspaceAction, { onSuccess: () => router.push('/w') });
  const error = form.formError;
  return (
    <form action={form.formAction} className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field
        label={`Type “${name}” to confirm`}
        name="confirmName"
        autoComplete="off"
        className="flex-1"
        errors={form.fieldErrors.confirmName}
      />
      <SubmitButton className="bg-danger hover:bg-red-800" pendingLabel="Deleting…">
        Delete workspace
      </SubmitButton>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
