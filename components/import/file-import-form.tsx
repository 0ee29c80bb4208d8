'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { chosenFileProblem, megabytes } from '@/lib/import/chosen-file';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/schemas/documents';

type Status =
  { state: 'idle'; notice?: string | null } | { state: 'working'; done: number; total: number } | { state: 'error'; error: string };

/** Reads the import route's NDJSON answer line by line as it streams in. */
async function* readLines(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines)
      if (line.trim())
        yield JSON.parse(line) as {
          type: string;
          done?: number;
          total?: number;
          documentId?: string;
          error?: string;
          notice?: string | null;
        };
  }
}

export function FileImportForm({ accept, documentId, label = 'Import file' }: { accept: string; documentId?: string; label?: string }) {
  const router = useRouter();
  const workspace = useWorkspace().slug;
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const extensions = accept.split(',').map((extension) => extension.trim().toLowerCase());
  /** Checked when chosen and again when sent: an empty, too large or unsupported file never leaves the browser. */
  const problemOf = (input: HTMLInputElement | null) => {
    const file = input?.files?.[0];
    return file ? chosenFileProblem(file, { maxBytes: MAX_IMPORT_BYTES, tooLarge: IMPORT_TOO_LARGE, extensions }) : null;
  };

  async function upload(form: HTMLFormElement) {
    const problem = problemOf(form.elements.namedItem('file') as HTMLInputElement | null);
    if (problem) return setStatus({ state: 'error', error: problem });
    setStatus({ state: 'working', done: 0, total: 0 });
    const response = await fetch(`/api/w/${workspace}/imports`, { method: 'POST', body: new FormData(form) }).catch(() => null);
    if (!response) return setStatus({ state: 'error', error: 'The upload did not reach the server. Check your connection.' });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      return setStatus({ state: 'error', error: body.error ?? `The import failed (HTTP ${response.status}).` });
    }
    for await (const line of readLines(response)) {
      if (line.type === 'progress') setStatus({ state: 'working', done: line.done ?? 0, total: line.total ?? 0 });
      if (line.type === 'error') return setStatus({ state: 'error', error: line.error ?? 'The import failed.' });
      if (line.type === 'done') {
        setStatus({ state: 'idle', notice: line.notice }); // shown where the form stays (a next version)
        router.push(`/w/${workspace}/documents/${line.documentId}`);
        return router.refresh();
      }
    }
  }

  const working = status.state === 'working';
  return (
    <form
      className="mt-3 flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void upload(event.currentTarget);
      }}
    >
      <label className="text-sm font-medium" htmlFor="import-file-input">
        File
      </label>
      <input
        id="import-file-input"
        name="file"
        type="file"
        accept={accept}
        required
        aria-describedby="import-file-limits"
        className="text-sm"
        onChange={(event) => {
          const problem = problemOf(event.currentTarget);
          setStatus(problem ? { state: 'error', error: problem } : { state: 'idle' });
        }}
      />
      <p id="import-file-limits" className="text-xs text-muted">
        {extensions.join(', ')} — up to {megabytes(MAX_IMPORT_BYTES)}.
      </p>
      {documentId && <input type="hidden" name="documentId" value={documentId} />}
      <div>
        <Button type="submit" disabled={working}>
          {working ? 'Importing…' : label}
        </Button>
      </div>
      {working && (
        <div role="status" className="flex flex-col gap-1 text-sm text-muted">
          <progress className="w-full" max={status.total || 1} value={status.total ? status.done : undefined} />
          {status.total ? `Reading page ${status.done} of ${status.total}…` : 'Uploading and reading…'}
        </div>
      )}
      {status.state === 'error' && <Alert>{status.error}</Alert>}
      {status.state === 'idle' && status.notice && <p className="text-sm text-muted">{status.notice}</p>}
    </form>
  );
}
