import Link from 'next/link';
import { STANCE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '@/lib/claims/labels';
import type { SourceDetails } from '@/lib/server/sources/get-source';
import { EvidenceQuoteStatus } from './evidence-quote-status';

/** Every claim relying on a source: its stance, where the claim stands, the quote and whether Margin's copy contains it. */
export function SourceEvidenceList({ workspace, source }: { workspace: string; source: SourceDetails }) {
  const documentHref = (documentId: string) => `/w/${workspace}/documents/${documentId}`;
  return (
    <>
      {source.evidence.length === 0 && <p className="mt-2 text-sm text-muted">No claim relies on this source yet.</p>}
      <ul className="mt-3 space-y-3" aria-label="Claims relying on this source">
        {source.evidence.map((evidence) => {
          const { id, stance, quote, claim } = evidence;
          return (
            <li key={id} className="rounded-lg border border-rule bg-white p-3 text-sm">
              <p>
                <span className="mr-2 text-xs font-semibold uppercase">{STANCE_LABELS[stance]}</span>
                <Link
                  href={`${documentHref(claim.annotation.documentId)}?annotation=${claim.annotation.id}`}
                  className="font-reading text-base underline underline-offset-2"
                >
                  {claim.statement}
                </Link>
              </p>
              <p className="mt-1 text-xs text-muted">
                {STATUS_LABELS[claim.status]}
                {claim.verdict && ` · ${claim.status === 'reviewed' ? '' : 'proposed '}${VERDICT_LABELS[claim.verdict]}`} · in{' '}
                {claim.annotation.document.title}
              </p>
              {quote && <blockquote className="mt-2 border-l-2 border-rule pl-2 font-reading italic">{quote}</blockquote>}
              <div className="mt-1">
                <EvidenceQuoteStatus sourceId={source.id} evidence={evidence} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
