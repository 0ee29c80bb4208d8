'use client';

import { useId, useState } from 'react';
import { formatBytes } from '@/components/sources/format-bytes';
import { Alert } from '@/components/ui/alert';
import { EVIDENCE_UPLOAD_TOO_LARGE, MAX_EVIDENCE_UPLOAD_BYTES } from '@/lib/evidence/upload-limits';
import { chosenFileProblem } from '@/lib/import/chosen-file';

/** What the upload route answers (app/api/w/[workspace]/evidence-uploads). */
export type UploadedEvidenceFile = {
  id: string;
  fileName: string;
  contentType: string;
  byteLength: number;
  sha256: string;
  text: string | null;
};

/**
 * A file chosen as evidence is sent at once to the upload route (which reads its text in the
 * worker pool); the form then holds the upload's id. A refusal is shown and the form keeps the rest.
 */
export function EvidenceFileField({
  workspace,
  uploaded,
  onUploaded,
}: {
  workspace: string;
  uploaded: UploadedEvidenceFile | null;
  onUploaded: (file: UploadedEvidenceFile | null) => void;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(file: File) {
    setError(null);
    onUploaded(null);
    const problem = chosenFileProblem(file, { maxBytes: MAX_EVIDENCE_UPLOAD_BYTES, tooLarge: EVIDENCE_UPLOAD_TOO_LARGE, action: 'upload' });
    if (problem) return setError(problem);
    setBusy(true);
    try {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch(`/api/w/${workspace}/evidence-uploads`, { method: 'POST', body }).catch(() => null);
      const answer = response ? await response.json().catch(() => null) : null;
      if (!response?.ok || !answer) return setError(answer?.error ?? 'The upload failed. Check your connection and try again.');
      onUploaded(answer as UploadedEvidenceFile);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        File
      </label>
      <input
        id={id}
        type="file"
        className="block w-full text-sm"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
        }}
      />
      <p className="text-xs text-muted">
        A PDF, Word document, image or data file, up to {MAX_EVIDENCE_UPLOAD_BYTES / 1024 / 1024} MB. Only this workspace’s members can
        download it.
      </p>
      {busy && <p className="text-xs text-muted">Uploading and reading the file…</p>}
      {uploaded && (
        <p className="text-xs text-emerald-800">
          Uploaded {uploaded.fileName} ({formatBytes(uploaded.byteLength)}, SHA-256 {uploaded.sha256.slice(0, 12)}…)
          {uploaded.text === null ? ' — no text Margin can read in it: type the quote.' : ' — select the quote in its text below.'}
        </p>
      )}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
