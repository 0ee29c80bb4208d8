import Link from 'next/link';
import type { SourceCaptureSummary } from '@/lib/server/sources/list-source-captures';
import { formatBytes } from './format-bytes';
import { formatDateTime } from './link-status';

const TRIGGER_LABELS: Record<string, string> = { added: 'when added', manual: 'on request', schedule: 'scheduled check' };

/** A source's captures, newest first: what came back each time, and whether the text changed since the one before. */
export function CaptureHistory({ base, captures }: { base: string; captures: SourceCaptureSummary[] }) {
  if (captures.length === 0) return <p className="mt-2 text-sm text-muted">Not captured yet.</p>;
  return (
    <div className="mt-3 overflow-x-auto rounded-xl border border-rule bg-white">
      <table className="w-full text-left text-sm" aria-label="Captures">
        <thead className="border-b border-rule text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Captured
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Trigger
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              HTTP
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Type
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Size
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              SHA-256
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Text
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {captures.map((capture) => (
            <tr key={capture.id} data-testid="capture">
              <td className="px-3 py-2 align-top whitespace-nowrap">
                {capture.hasText ? (
                  <Link href={`${base}/captures/${capture.id}`} className="underline underline-offset-2">
                    <time dateTime={capture.capturedAt.toISOString()}>{formatDateTime(capture.capturedAt)}</time>
                  </Link>
                ) : (
                  <time dateTime={capture.capturedAt.toISOString()}>{formatDateTime(capture.capturedAt)}</time>
                )}
              </td>
              <td className="px-3 py-2 align-top">{TRIGGER_LABELS[capture.trigger] ?? capture.trigger}</td>
              <td className="px-3 py-2 align-top tabular-nums">{capture.httpStatus ?? '—'}</td>
              <td className="max-w-40 truncate px-3 py-2 align-top" title={capture.contentType ?? undefined}>
                {capture.contentType?.split(';')[0] ?? '—'}
              </td>
              <td className="px-3 py-2 text-right align-top tabular-nums whitespace-nowrap">
                {capture.byteLength === null ? '—' : formatBytes(capture.byteLength)}
              </td>
              <td className="px-3 py-2 align-top font-mono text-xs" title={capture.sha256 ?? undefined}>
                {capture.sha256 ? capture.sha256.slice(0, 12) : '—'}
              </td>
              <td className="px-3 py-2 align-top">
                {capture.error ? (
                  <span className="text-danger">Failed: {capture.error}</span>
                ) : !capture.hasText ? (
                  <span className="text-muted">no text</span>
                ) : capture.previousId ? (
                  <span>
                    {capture.textChanged ? (
                      <strong className="font-semibold text-amber-900">Text changed</strong>
                    ) : (
                      <span className="text-muted">Same text</span>
                    )}{' '}
                    ·{' '}
                    <Link href={`${base}/captures/${capture.id}/compare`} className="underline underline-offset-2">
                      compare with the previous
                    </Link>
                  </span>
                ) : (
                  <span className="text-muted">First text</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
