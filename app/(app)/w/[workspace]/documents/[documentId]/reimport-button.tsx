'use client';

import { formErrorOf, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { versionNoticeText } from '@/lib/annotations/version-notice';
import { reimportFromUrlAction } from '@/lib/actions/imports';

export function ReimportButton({ workspace, documentId }: { workspace: string; documentId: string }) {
  const [state, formAction] = useActionForm(reimportFromUrlAction);
  const error = formErrorOf(state);
  return (
    <form action={formAction}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="documentId" value={documentId} />
      <SubmitButton variant="ghost" pendingLabel="Importing…">
        Import again from the web
      </SubmitButton>
      {error && <Alert className="mt-2">{error}</Alert>}
      {state?.ok && (
        <Alert tone="info" className="mt-2">
          {versionNoticeText(state.data.number, state.data.annotations, 'imported')}
        </Alert>
      )}
    </form>
  );
}
