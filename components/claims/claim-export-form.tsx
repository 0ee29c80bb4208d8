'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { STATUS_LABELS } from '@/lib/claims/labels';
import { CLAIM_STATUSES } from '@/lib/claims/workflow';
import { EXPORT_FILES } from '@/lib/export/formats';
import { EXPORT_FORMATS } from '@/lib/export/types';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { ExportRefusalNotice, type ExportRefusal } from './export-refusal';

/**
 * "Export" on a claim board: the board's filters (reviewed claims unless it shows one status)
 * in a format to download. A plain GET form to the export route — it works without script; with
 * script it first asks the route whether the export can be made (?check=1), so that a refusal
 * (e.g. ClaimReview without a publishing profile or verdicts) is shown here, as a list of what is
 * missing, instead of replacing the page.
 */
export function ClaimExportForm({ documentId, filters }: { documentId?: string; filters: TClaimFilters }) {
  const workspace = useWorkspace().slug;
  const [error, setError] = useState<ExportRefusal | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const action = `/api/w/${encodeURIComponent(workspace)}/exports`;
  const hidden: [string, string | undefined][] = [
    ['document', documentId],
    ['q', filters.q],
    ['kind', filters.kind],
    ['tag', filters.tag],
    ['assignee', filters.assignee],
    ['verdict', filters.verdict],
    ['source', filters.source],
  ];

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const query = new URLSearchParams([...new FormData(form).entries()].map(([key, value]) => [key, String(value)]));
    setError(null);
    setIsChecking(true);
    try {
      const check = await fetch(`${action}?${query}&check=1`);
      if (!check.ok) {
        const body = (await check.json().catch(() => null)) as ExportRefusal | null;
        setError(body?.error ? body : { error: 'The export cannot be made. Please try again.' });
        return;
      }
      form.submit(); // the same GET, now known to succeed: the browser downloads the attachment
    } catch {
      setError({ error: 'The export could not be started. Check your connection and try again.' });
    } finally {
      setIsChecking(false);
    }
  }

  return (
    <details className="mt-6 rounded-xl border border-rule bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium">Export these claims</summary>
      <form
        method="get"
        action={action}
        onSubmit={onSubmit}
        aria-label="Export claims"
        className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4"
      >
        {hidden.map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        <SelectField
          id="export-format"
          label="Format"
          name="format"
          defaultValue="csv"
          options={EXPORT_FORMATS.map((format) => ({ value: format, label: EXPORT_FILES[format].label }))}
        />
        <SelectField
          id="export-status"
          label="Status"
          name="status"
          defaultValue={filters.status ?? 'reviewed'}
          options={[
            { value: 'any', label: 'Any status' },
            ...CLAIM_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
          ]}
        />
        <div className="col-span-2 flex items-end">
          <Button type="submit" variant="secondary" disabled={isChecking}>
            {isChecking ? 'Preparing…' : 'Download'}
          </Button>
        </div>
        <p className="col-span-2 text-xs text-muted sm:col-span-4">
          The board’s other filters apply too. Exports hold reviewed claims unless you choose another status.
        </p>
        {error && <ExportRefusalNotice refusal={error} className="col-span-2 sm:col-span-4" />}
      </form>
    </details>
  );
}
