import Link from 'next/link';
import type { SourceLibraryRow } from '@/lib/server/sources/list-sources';
import { formatDateTime } from './link-status';
import { LinkStatusBadge } from './link-status-badge';

/** The source library's table: what each source is, its link health, and how much the desk relies on it. */
export function SourceLibraryTable({ workspace, rows }: { workspace: string; rows: SourceLibraryRow[] }) {
  return (
    <div className="mt-3 overflow-x-auto rounded-xl border border-rule bg-white">
      <table className="w-full text-left text-sm" aria-label="Sources">
        <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Source
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Last checked
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Claims relying on it
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Cited by documents
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {rows.map((source) => (
            <tr key={source.id}>
              <td className="max-w-lg px-3 py-2 align-top">
                <Link href={`/w/${workspace}/sources/${source.id}`} className="font-medium underline underline-offset-2">
                  {source.title ?? source.domain}
                </Link>
                {source.title && <span className="ml-2 text-xs text-muted">{source.domain}</span>}
                <span className="block break-all text-xs text-muted">{source.url}</span>
              </td>
              <td className="px-3 py-2 align-top">
                <LinkStatusBadge status={source.linkStatus} />
              </td>
              <td className="px-3 py-2 align-top whitespace-nowrap">
                {source.lastCheckedAt ? (
                  <time dateTime={source.lastCheckedAt.toISOString()}>{formatDateTime(source.lastCheckedAt)}</time>
                ) : (
                  <span className="text-muted">never</span>
                )}
              </td>
              <td className="px-3 py-2 text-right align-top tabular-nums">{source.claims}</td>
              <td className="px-3 py-2 text-right align-top tabular-nums">{source.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
