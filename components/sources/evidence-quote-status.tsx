'use client';

import Link from 'next/link';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { formatDate } from './link-status';

export type EvidenceAnchor = {
  id: string;
  quote: string | null;
  captureId: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  capture: { capturedAt: Date | string } | null;
};

/** Where a piece of evidence's quote stands in Margin's own copy of the source: found (with a link to it highlighted), not found, or no copy yet. */
export function EvidenceQuoteStatus({ sourceId, evidence }: { sourceId: string; evidence: EvidenceAnchor }) {
  const workspace = useWorkspace().slug;
  if (!evidence.quote) return null;
  if (!evidence.captureId || !evidence.capture) return <p className="text-xs text-muted">Not captured yet.</p>;
  const date = formatDate(evidence.capture.capturedAt);
  const href = `/w/${workspace}/sources/${sourceId}/captures/${evidence.captureId}?evidence=${encodeURIComponent(evidence.id)}`;
  if (evidence.quoteStart === null || evidence.quoteEnd === null) {
    return (
      <p className="text-xs text-danger">
        <Link href={href} className="underline underline-offset-2">
          Quote not found in the capture of {date}
        </Link>
      </p>
    );
  }
  return (
    <p className="text-xs text-emerald-800">
      <Link href={href} className="underline underline-offset-2">
        Quote found in the capture of {date}
      </Link>
    </p>
  );
}
