'use client';

import Link from 'next/link';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { SOURCE_FLAG_LABELS, type SourceFlag } from '@/components/sources/link-status';
import { STATUS_COLORS, STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { ClaimBulkBar } from './claim-bulk-bar';
import { sameWords } from '@/lib/claims/same-words';

export type ClaimTableRow = {
  id: string;
  version: number;
  statement: string;
  /** its words in the document's latest version (the words it was last placed on when orphaned) */
  quote: string;
  /** its words are no longer in the latest version */
  orphaned: boolean;
  /** the words under its verdict changed since it was given */
  wordsChanged: boolean;
  annotationId: string;
  kind: string;
  status: ClaimStatus;
  verdict: Verdict | null;
  assignee: string | null;
  tags: { id: string; name: string; color: string }[];
  document: { id: string; title: string };
  evidenceCount: number;
  /** a source of its evidence changed or is gone */
  sourceFlag: SourceFlag | null;
  updated: string;
  updatedIso: string;
};

/** The claim board's table, with row selection for the bulk actions. */
export function ClaimTable({ rows, showDocument }: { rows: ClaimTableRow[]; showDocument: boolean }) {
  const { slug: workspace, can } = useWorkspace();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const canSelect = can('claim.assign') || can('claim.verify');
  const visible = rows.filter((row) => selected.has(row.id));
  const allSelected = rows.length > 0 && visible.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <>
      {canSelect && (
        <ClaimBulkBar selected={visible.map((row) => ({ claimId: row.id, version: row.version }))} onDone={() => setSelected(new Set())} />
      )}
      <div className="mt-3 overflow-x-auto rounded-xl border border-rule bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Claims</caption>
          <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
            <tr>
              {canSelect && (
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label="Select all claims on this page"
                    checked={allSelected}
                    onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                  />
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                Statement
              </th>
              <th scope="col" className="px-3 py-2">
                Kind
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Verdict
              </th>
              <th scope="col" className="px-3 py-2">
                Assignee
              </th>
              <th scope="col" className="px-3 py-2">
                Tags
              </th>
              {showDocument && (
                <th scope="col" className="px-3 py-2">
                  Document
                </th>
              )}
              <th scope="col" className="px-3 py-2 text-right">
                Evidence
              </th>
              <th scope="col" className="px-3 py-2">
                Updated
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {rows.map((row) => (
              <tr key={row.id} className={selected.has(row.id) ? 'bg-amber-50/60' : undefined}>
                {canSelect && (
                  <td className="px-3 py-2 align-top">
                    <input
                      type="checkbox"
                      aria-label={`Select “${row.statement.slice(0, 80)}”`}
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                    />
                  </td>
                )}
                <td className="max-w-md px-3 py-2 align-top">
                  <Link
                    href={`/w/${workspace}/documents/${row.document.id}?annotation=${encodeURIComponent(row.annotationId)}`}
                    className="font-reading hover:underline"
                    dir="auto"
                  >
                    {row.statement}
                  </Link>
                  {!sameWords(row.statement, row.quote) && (
                    <span className="mt-0.5 block text-xs text-muted">
                      quoted: “<bdi>{row.quote}</bdi>”
                    </span>
                  )}
                  {row.wordsChanged && (
                    <span
                      data-testid="words-changed-flag"
                      title="A new version changed the words this verdict judged: confirm the verdict or check the claim again."
                      className="mt-1 mr-2 inline-block rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900"
                    >
                      Words changed since the verdict
                    </span>
                  )}
                  {row.orphaned && (
                    <span
                      data-testid="orphan-flag"
                      title="Its words are no longer in the document's latest version: re-attach it in the document."
                      className="mt-1 inline-block rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800"
                    >
                      Orphaned
                    </span>
                  )}
                  {row.sourceFlag && (
                    <span
                      data-testid="source-flag"
                      className={cn(
                        'mt-1 ml-2 inline-block rounded-full border px-2 py-0.5 text-xs font-medium',
                        row.sourceFlag === 'gone' ? 'border-red-300 bg-red-50 text-red-800' : 'border-amber-300 bg-amber-50 text-amber-900',
                      )}
                    >
                      {SOURCE_FLAG_LABELS[row.sourceFlag]}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2 align-top">{row.kind === 'figure' ? 'Figure' : 'Claim'}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  <span className={cn('rounded-full px-2 py-0.5 text-xs font-medium', STATUS_COLORS[row.status])}>
                    {STATUS_LABELS[row.status]}
                  </span>
                </td>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  {row.verdict ? (
                    <>
                      {VERDICT_LABELS[row.verdict]}
                      {row.status === 'proposed' && <span className="text-muted"> (proposed)</span>}
                    </>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                <td className="px-3 py-2 align-top">{row.assignee ?? <span className="text-muted">unassigned</span>}</td>
                <td className="px-3 py-2 align-top">
                  <ul className="flex flex-wrap gap-1">
                    {row.tags.map((tag) => (
                      <li key={tag.id} className="rounded-full border px-2 py-0.5 text-xs" style={{ borderColor: tag.color }}>
                        {tag.name}
                      </li>
                    ))}
                  </ul>
                </td>
                {showDocument && (
                  <td className="max-w-48 px-3 py-2 align-top">
                    <Link href={`/w/${workspace}/documents/${row.document.id}/claims`} className="hover:underline">
                      {row.document.title}
                    </Link>
                  </td>
                )}
                <td className="px-3 py-2 text-right align-top tabular-nums">{row.evidenceCount}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  <time dateTime={row.updatedIso}>{row.updated}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
