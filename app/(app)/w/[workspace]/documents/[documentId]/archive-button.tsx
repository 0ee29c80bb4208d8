'use client';

import { useFormMutation } from '@/components/forms/use-form-mutation';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { archiveDocumentAction } from '@/lib/actions/documents';

/** Archive the document (it leaves the documents list), or bring it back. */
export function ArchiveButton({ documentId, archived }: { documentId: string; archived: boolean }) {
  const workspace = useWorkspace().slug;
  const form = useFormMutation(archiveDocumentAction);
  return (
    <form action={form.formAction}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="archived" value={archived ? 'false' : 'true'} />
      <SubmitButton variant="ghost" pendingLabel={archived ? 'Restoring…' : 'Archiving…'}>
        {archived ? 'Bring back from the archive' : 'Archive'}
      </SubmitButton>
      {form.formError && <Alert className="mt-2">{form.formError}</Alert>}
    </form>
  );
}
