'use client';

import { useState } from 'react';
import { StaleNotice } from '@/components/forms/stale-notice';
import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { updateDocumentMetadataAction } from '@/lib/actions/documents';

type Metadata = { version: number; title: string; byline: string | null; originUrl: string | null; publishedAt: string | null };

export function MetadataForm({ documentId, metadata }: { documentId: string; metadata: Metadata }) {
  const workspace = useWorkspace().slug;
  const [open, setOpen] = useState(false);
  const {
    formAction,
    formError,
    fieldErrors: errors,
    formKey,
    baseVersion,
    pin,
    staleFrom,
    typed,
    reset,
  } = useFormMutation(updateDocumentMetadataAction, {
    version: metadata.version,
    versionField: 'metadataVersion',
    onSuccess: () => setOpen(false),
  });
  const error = staleFrom === null ? formError : null;
  const published = metadata.publishedAt?.slice(0, 10) ?? '';
  if (!open) {
    return (
      <Button
        variant="ghost"
        onClick={() => {
          pin(); // the details as they are now are what this edit starts from
          setOpen(true);
        }}
      >
        Edit details
      </Button>
    );
  }
  const cancel = () => {
    reset();
    setOpen(false);
  };
  return (
    <form
      key={formKey}
      action={formAction}
      onChange={pin}
      className="mt-4 grid gap-3 rounded-lg border border-rule bg-white p-4 sm:grid-cols-2"
      noValidate
      aria-label="Document details"
    >
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="metadataVersion" value={baseVersion} />
      <Field label="Title" name="title" defaultValue={typed('title', metadata.title)} errors={errors.title} className="sm:col-span-2" />
      <Field label="Byline" name="byline" defaultValue={typed('byline', metadata.byline ?? '')} errors={errors.byline} />
      <Field label="Published" name="publishedAt" type="date" defaultValue={typed('publishedAt', published)} errors={errors.publishedAt} />
      <Field
        label="Origin URL"
        name="originUrl"
        type="url"
        defaultValue={typed('originUrl', metadata.originUrl ?? '')}
        errors={errors.originUrl}
        className="sm:col-span-2"
      />
      <StaleNotice
        className="sm:col-span-2"
        staleFrom={staleFrom}
        currentVersion={metadata.version}
        fields={[
          { label: 'Title', value: metadata.title },
          { label: 'Byline', value: metadata.byline },
          { label: 'Published', value: published },
          { label: 'Origin URL', value: metadata.originUrl },
        ]}
      />
      <div className="flex gap-2 sm:col-span-2">
        {staleFrom === null && <SubmitButton pendingLabel="Saving…">Save details</SubmitButton>}
        <Button type="button" variant="ghost" onClick={cancel}>
          Cancel
        </Button>
      </div>
      {error && <Alert className="sm:col-span-2">{error}</Alert>}
    </form>
  );
}
