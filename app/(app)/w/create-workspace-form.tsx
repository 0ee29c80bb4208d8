'use client';

import { useRouter } from 'next/navigation';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { createWorkspaceAction } from '@/lib/actions/workspaces';

export function CreateWorkspaceForm() {
  const router = useRouter();
  const form = useFormMutation(createWorkspaceAction, { onSuccess: (workspace) => router.push(`/w/${workspace.slug}`) });
  const error = form.formError;
  return (
    <form action={form.formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <Field label="New workspace" name="name" placeholder="e.g. Politics desk" className="flex-1" errors={form.fieldErrors.name} />
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create workspace
      </SubmitButton>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
