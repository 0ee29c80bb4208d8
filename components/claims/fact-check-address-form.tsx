'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { importFactChecksFromAddressAction } from '@/lib/actions/fact-checks';
import { ImportedFactChecks } from './imported-fact-checks';

/** The library of published fact checks, fed by an address: a fact check's page (its ClaimReview markup) or a feed. */
export function FactCheckAddressForm() {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(importFactChecksFromAddressAction);
  const { result } = form;
  return (
    // what was typed comes back after a refusal (useFormMutation: key and typed)
    <form key={form.formKey} action={form.formAction} className="mt-3 space-y-1" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field
          label="Or the address of a fact check or a feed"
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder="factcheck.example.org/claim-review"
          defaultValue={form.typed('url', '')}
          className="flex-1"
          errors={form.fieldErrors.url}
        />
        <SubmitButton pendingLabel="Fetching…">Import from address</SubmitButton>
      </div>
      {result?.ok && <ImportedFactChecks imported={result.data} />}
      {form.formError && <Alert>{form.formError}</Alert>}
    </form>
  );
}
