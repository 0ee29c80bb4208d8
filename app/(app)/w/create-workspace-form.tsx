'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { createWorkspaceAction } from '../actions';

export function CreateWorkspaceForm() {
  const [state, formAction] = useActionState(createWorkspaceAction, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <Field label="New workspace" name="name" placeholder="e.g. Politics desk" className="flex-1" errors={state?.fieldErrors?.name} />
      <SubmitButton variant="secondary" pendingLabel="Creating…">
        Create workspace
      </SubmitButton>
      {state?.error && !state.fieldErrors && <Alert>{state.error}</Alert>}
    </form>
  );
}
