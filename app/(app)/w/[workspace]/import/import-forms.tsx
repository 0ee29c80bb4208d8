'use client';

import { useRouter } from 'next/navigation';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextArea } from '@/components/ui/text-area';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { importPastedTextAction, importUrlAction } from '@/lib/actions/imports';
import { MAX_PASTED_CHARS, MAX_TITLE_CHARS } from '@/lib/schemas/documents';

function useOpenDocument() {
  const router = useRouter();
  const workspace = useWorkspace().slug;
  return (document: { id: string }) => router.push(`/w/${workspace}/documents/${document.id}`);
}

export function UrlImportForm() {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(importUrlAction, { onSuccess: useOpenDocument() });
  const error = form.formError;
  return (
    // what was typed comes back after a refusal (useFormMutation: key and typed)
    <form key={form.formKey} action={form.formAction} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field
        label="Address of the article"
        name="url"
        type="text"
        inputMode="url"
        autoComplete="url"
        placeholder="example.org/report"
        defaultValue={form.typed('url', '')}
        className="flex-1"
        errors={form.fieldErrors.url}
      />
      <SubmitButton pendingLabel="Fetching…">Import page</SubmitButton>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}

export function PasteImportForm() {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(importPastedTextAction, { onSuccess: useOpenDocument() });
  const errors = form.fieldErrors;
  const error = form.formError;
  return (
    <form key={form.formKey} action={form.formAction} className="mt-3 flex flex-col gap-3" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <Field
        label="Title (optional)"
        name="title"
        errors={errors.title}
        hint={`Up to ${MAX_TITLE_CHARS} characters.`}
        defaultValue={form.typed('title', '')}
      />
      <TextArea
        label="Article text"
        name="text"
        rows={10}
        errors={errors.text}
        defaultValue={form.typed('text', '')}
        hint={`Up to ${(MAX_PASTED_CHARS / 1_000_000).toLocaleString('en')} million characters. Line wraps, page breaks and stray characters from PDFs are cleaned up.`}
      />
      <div>
        <SubmitButton pendingLabel="Importing…">Import text</SubmitButton>
      </div>
      {error && <Alert>{error}</Alert>}
    </form>
  );
}
