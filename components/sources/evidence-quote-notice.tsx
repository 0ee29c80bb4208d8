import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { EvidenceAnchor } from './evidence-quote-status';
import { formatDate } from './link-status';

/**
 * Above the reader view opened for a piece of evidence: where its quote is in this capture, or
 * plainly that it is not, with the quote shown so the reader can look for it themselves.
 */
export function EvidenceQuoteNotice({
  evidence,
  captureId,
  captureHref,
}: {
  evidence: EvidenceAnchor;
  captureId: string;
  captureHref: (captureId: string) => string;
}) {
  const quote = evidence.quote && (
    <blockquote className="mt-2 border-l-2 border-current pl-2 font-reading italic">{evidence.quote}</blockquote>
  );
  if (!evidence.quote) return <Alert tone="info">This piece of evidence has no quote to look for.</Alert>;
  if (evidence.captureId === captureId && evidence.quoteStart !== null && evidence.quoteEnd !== null) {
    return (
      <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" role="status">
        The quote was found in this capture and is highlighted below.
      </p>
    );
  }
  if (evidence.captureId === captureId) {
    return (
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
        The quote was not found in this capture.
        {quote}
      </div>
    );
  }
  if (evidence.captureId && evidence.capture) {
    return (
      <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-accent-strong">
        The quote was looked up in another capture,{' '}
        <Link
          href={`${captureHref(evidence.captureId)}?evidence=${encodeURIComponent(evidence.id)}`}
          className="underline underline-offset-2"
        >
          the capture of {formatDate(evidence.capture.capturedAt)}
        </Link>
        .{quote}
      </div>
    );
  }
  return (
    <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-accent-strong">
      The quote has not been looked up in a capture yet.
      {quote}
    </div>
  );
}
