'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';

type Summary = { placed: number; orphaned: number; skipped: { index: number; reason: string }[] };
type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; summary: Summary } | { state: 'error'; error: string };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Uploads a W3C Web Annotation JSON file to the document's import route and says how it went. */
export function W3cImportForm({ documentId }: { documentId: string }) {
  const workspace = useWorkspace().slug;
  const router = useRouter();
  const inputId = useId();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function upload(form: HTMLFormElement) {
    setStatus({ state: 'working' });
    const url = `/api/w/${encodeURIComponent(workspace)}/documents/${encodeURIComponent(documentId)}/annotations/import`;
    const response = await fetch(url, { method: 'POST', body: new FormData(form) }).catch(() => null);
    if (!response) return setStatus({ state: 'error', error: 'The upload did not reach the server. Check your connection.' });
    const body = (await response.json().catch(() => null)) as (Summary & { error?: string }) | null;
    if (!response.ok || !body) return setStatus({ state: 'error', error: body?.error ?? `The import failed (HTTP ${response.status}).` });
    setStatus({ state: 'done', summary: body });
    form.reset();
    router.refresh();
  }

  return (
    <form
      className="mt-3 flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void upload(event.currentTarget);
      }}
    >
      <label className="text-sm font-medium" htmlFor={inputId}>
        W3C annotation file (JSON or JSON-LD)
      </label>
      <input
        id={inputId}
        name="file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        required
        className="text-sm"
      />
      <div>
        <Button type="submit" disabled={status.state === 'working'}>
          {status.state === 'working' ? 'Importing…' : 'Import annotations'}
        </Button>
      </div>
      {status.state === 'done' && (
        <div role="status" className="text-sm">
          <p>
            {count(status.summary.placed, 'annotation')} placed, {count(status.summary.orphaned, 'needs', 'need')} attention,{' '}
            {status.summary.skipped.length.toLocaleString('en')} skipped.
          </p>
          {status.summary.skipped.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-muted">
              {status.summary.skipped.slice(0, 10).map(({ index, reason }) => (
                <li key={index}>
                  Item {index + 1}: {reason}
                </li>
              ))}
              {status.summary.skipped.length > 10 && <li>… and {status.summary.skipped.length - 10} more.</li>}
            </ul>
          )}
        </div>
      )}
      {status.state === 'error' && <Alert>{status.error}</Alert>}
    </form>
  );
}
