'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { versionNoticeText } from '@/lib/annotations/version-notice';
import { reimportFromUrlAction } from '@/lib/actions/imports';

export function ReimportButton({ documentId }: { documentId: string }) {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(reimportFromUrlAction);
  const error = form.formError;
  return (
    <form action={form.formAction}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="documentId" value={documentId} />
      <SubmitButton variant="ghost" pendingLabel="Importing…">
        Import again from the web
      </SubmitButton>
      {error && <Alert className="mt-2">{error}</Alert>}
      {form.result?.ok && (
        <Alert tone="info" className="mt-2">
          {versionNoticeText(form.result.data.number, form.result.data.annotations, 'imported')}
        </Alert>
      )}
    </form>
  );
}
