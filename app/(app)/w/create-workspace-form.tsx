'use client';

import { useRouter } from 'next/navigation';
import { fieldErrorsOf, formErrorOf, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { createWorkspaceAction } from '@/lib/actions/workspaces';

export function CreateWorkspaceForm() {
  const router = useRouter();
  const [state, formAction] = useActionForm(createWorkspaceAction, (workspace) => router.push(`/w/${workspace.slug}`));
  const error = formErrorOf(state);
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <Field label="New workspace" name="name" placeholder="e.g. Politics desk" className="flex-1" errors={fieldErrorsOf(state).name} />
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create workspace
      </SubmitButton>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
