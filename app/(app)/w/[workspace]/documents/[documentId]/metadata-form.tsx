'use client';

import { useState } from 'react';
import { fieldErrorsOf, formErrorOf, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { updateDocumentMetadataAction } from './actions';

type Metadata = { title: string; byline: string | null; originUrl: string | null; publishedAt: string | null };

export function MetadataForm({ workspace, documentId, metadata }: { workspace: string; documentId: string; metadata: Metadata }) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionForm(updateDocumentMetadataAction, () => setOpen(false));
  const errors = fieldErrorsOf(state);
  const error = formErrorOf(state);
  if (!open) {
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Edit details
      </Button>
    );
  }
  return (
    <form action={formAction} className="mt-4 grid gap-3 rounded-lg border border-rule bg-white p-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="documentId" value={documentId} />
      <Field label="Title" name="title" defaultValue={metadata.title} errors={errors.title} className="sm:col-span-2" />
      <Field label="Byline" name="byline" defaultValue={metadata.byline ?? ''} errors={errors.byline} />
      <Field label="Published" name="publishedAt" type="date" defaultValue={metadata.publishedAt?.slice(0, 10) ?? ''} errors={errors.publishedAt} />
      <Field label="Origin URL" name="originUrl" type="url" defaultValue={metadata.originUrl ?? ''} errors={errors.originUrl} className="sm:col-span-2" />
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      {error && <Alert className="sm:col-span-2">{error}</Alert>}
    </form>
  );
}
