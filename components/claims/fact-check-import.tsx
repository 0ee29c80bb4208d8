'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { MAX_CLAIM_REVIEW_BYTES } from '@/lib/matching/claim-reviews';
import { Alert } from '@/components/ui/alert';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { FactCheckAddressForm } from './fact-check-address-form';
import { ImportedFactChecks } from './imported-fact-checks';

type Imported = Parameters<typeof ImportedFactChecks>[0]['imported'];

/**
 * The workspace's library of fact checks published elsewhere: a ClaimReview JSON-LD file (a
 * fact-checker's markup, a feed, Margin's own ClaimReview export) is imported into it, and claims
 * are matched against it in their panel ("Seen before").
 */
export function FactCheckImport({ count }: { count: number }) {
  const { slug: workspace, can } = useWorkspace();
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);

  async function send(file: File) {
    setError(null);
    setImported(null);
    if (file.size > MAX_CLAIM_REVIEW_BYTES) return setError('This file is too large: ClaimReview files of up to 2 MB are read.');
    setBusy(true);
    try {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch(`/api/w/${workspace}/fact-checks`, { method: 'POST', body }).catch(() => null);
      const answer = response ? await response.json().catch(() => null) : null;
      if (!response?.ok || !answer) return setError(answer?.error ?? 'The import failed. Check your connection and try again.');
      setImported(answer as Imported);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="mt-8 rounded border border-rule p-4 text-sm">
      <summary className="cursor-pointer font-medium">Published fact checks ({count.toLocaleString('en-GB')} in the library)</summary>
      <p className="mt-2 text-muted">
        Claims are matched against fact checks published elsewhere, too: import their ClaimReview JSON-LD (a fact-checker’s markup or feed,
        or Margin’s own ClaimReview export), up to 2 MB and 2,000 fact checks a file, or give the address of a published fact check or of a
        feed (pages up to 5 MB).
      </p>
      {can('claim.verify') && (
        <div className="mt-2 space-y-1">
          <label htmlFor={id} className="block font-medium">
            ClaimReview file
          </label>
          <input
            id={id}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            className="block w-full"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void send(file);
              event.target.value = '';
            }}
          />
          {busy && <p className="text-xs text-muted">Importing…</p>}
          {imported && <ImportedFactChecks imported={imported} />}
          {error && <Alert>{error}</Alert>}
          <FactCheckAddressForm />
        </div>
      )}
    </details>
  );
}
