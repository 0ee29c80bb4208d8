import type { SourceCaptureDetails } from '@/lib/server/sources/get-source-capture';
import { formatBytes } from './format-bytes';
import { formatDateTime } from './link-status';

/** What was captured when: the address it came from, the answer, and the body's SHA-256. */
export function CaptureFacts({ capture }: { capture: SourceCaptureDetails }) {
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">Captured</dt>
      <dd>
        <time dateTime={capture.capturedAt.toISOString()}>{formatDateTime(capture.capturedAt)}</time>
      </dd>
      <dt className="text-muted">From</dt>
      <dd>
        <a href={capture.finalUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all underline underline-offset-2">
          {capture.finalUrl}
        </a>
      </dd>
      <dt className="text-muted">Answer</dt>
      <dd>
        {capture.httpStatus ? `HTTP ${capture.httpStatus}` : '—'}
        {capture.contentType && ` · ${capture.contentType.split(';')[0]}`}
        {capture.byteLength !== null && ` · ${formatBytes(capture.byteLength)}`}
      </dd>
      {capture.sha256 && (
        <>
          <dt className="text-muted">SHA-256</dt>
          <dd className="break-all font-mono text-xs" data-testid="capture-sha256">
            {capture.sha256}
          </dd>
        </>
      )}
    </dl>
  );
}
