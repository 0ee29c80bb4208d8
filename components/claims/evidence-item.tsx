'use client';

import { EvidenceQuoteStatus } from '@/components/sources/evidence-quote-status';
import { formatBytes } from '@/components/sources/format-bytes';
import { LinkStatusBadge } from '@/components/sources/link-status-badge';
import { STANCE_LABELS } from '@/lib/claims/labels';
import { describeEvidence, EVIDENCE_KIND_LABELS, isoDay, RECORD_CHANNEL_LABELS } from '@/lib/evidence/kinds';
import type { ClaimView } from '@/components/data/entity-keys';
import { useWorkspace } from '@/components/workspace/workspace-context';

type Evidence = ClaimView['evidence'][number];

const STANCE_COLORS = { supports: 'text-emerald-700', contradicts: 'text-danger', context: 'text-muted' } as const;

/** A web page (or a dataset's address): the link, its source page, its health and where the quote sits in Margin's copy. */
function SourceDetails({ evidence, source }: { evidence: Evidence; source: NonNullable<Evidence['source']> }) {
  const { slug: workspace } = useWorkspace();
  return (
    <>
      <a href={`/w/${workspace}/sources/${source.id}`} className="text-xs text-muted underline underline-offset-2">
        Every claim relying on this source
      </a>
      {(source.linkStatus === 'changed' || source.linkStatus === 'gone') && (
        <p className="mt-1 flex items-center gap-1 text-xs">
          <LinkStatusBadge status={source.linkStatus} />
          <span className="text-muted">
            {source.linkStatus === 'gone' ? 'The page no longer answers.' : 'The page’s text changed since it was captured.'}
          </span>
        </p>
      )}
      {evidence.quote && <blockquote className="mt-1 border-l-2 border-rule pl-2 font-reading italic">{evidence.quote}</blockquote>}
      <EvidenceQuoteStatus sourceId={source.id} evidence={evidence} />
    </>
  );
}

/** An uploaded file: download (members only, as an attachment), its fingerprint, and whether the quote is anchored in its text. */
function UploadDetails({ evidence, upload }: { evidence: Evidence; upload: NonNullable<Evidence['upload']> }) {
  const { slug: workspace } = useWorkspace();
  const anchored = evidence.quoteStart !== null && evidence.quoteEnd !== null;
  return (
    <>
      <p className="text-xs text-muted">
        <a href={`/api/w/${workspace}/evidence-uploads/${upload.id}`} className="underline underline-offset-2" download>
          Download {upload.fileName}
        </a>{' '}
        ({formatBytes(upload.byteLength)}, SHA-256 <span title={upload.sha256}>{upload.sha256.slice(0, 12)}…</span>)
      </p>
      {evidence.quote && <blockquote className="mt-1 border-l-2 border-rule pl-2 font-reading italic">{evidence.quote}</blockquote>}
      <p className={`text-xs ${evidence.quote && anchored ? 'text-emerald-800' : 'text-muted'}`}>
        <a href={`/w/${workspace}/evidence/${evidence.id}`} className="underline underline-offset-2">
          {!evidence.quote ? 'Read the file’s text' : anchored ? 'Quote anchored in the file’s text' : 'Quote not found in the file’s text'}
        </a>
      </p>
    </>
  );
}

/** An interview, call or email: who, when, how, notes, and the contact details (this workspace only). */
function RecordDetails({ evidence }: { evidence: Evidence }) {
  return (
    <>
      <p className="text-xs text-muted">
        {evidence.recordChannel ? RECORD_CHANNEL_LABELS[evidence.recordChannel] : 'Record'} · {isoDay(evidence.recordDate)}
        {evidence.recordContact && <> · Contact (this workspace only): {evidence.recordContact}</>}
      </p>
      {evidence.quote && <blockquote className="mt-1 border-l-2 border-rule pl-2 font-reading italic">{evidence.quote}</blockquote>}
      {evidence.recordNotes && <p className="mt-1 whitespace-pre-wrap text-xs">{evidence.recordNotes}</p>}
    </>
  );
}

/** One piece of evidence in the claim panel, by kind, with its stance. */
export function EvidenceItem({ evidence, remove }: { evidence: Evidence; remove: React.ReactNode }) {
  const description = describeEvidence(evidence);
  const { source, upload } = evidence;
  return (
    <li className="rounded-md border border-rule p-2">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <span className={`mr-2 text-xs font-semibold ${STANCE_COLORS[evidence.stance]}`}>{STANCE_LABELS[evidence.stance]}</span>
          {evidence.kind !== 'web' && <span className="mr-2 text-xs text-muted">{EVIDENCE_KIND_LABELS[evidence.kind]}</span>}
          {source ? (
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="[overflow-wrap:anywhere] text-accent-strong underline"
            >
              {evidence.title ?? source.title ?? source.domain}
            </a>
          ) : (
            <span className="[overflow-wrap:anywhere] font-medium">
              {evidence.kind === 'record' ? description : (evidence.title ?? upload?.fileName)}
            </span>
          )}
        </div>
        {remove}
      </div>
      {source && <SourceDetails evidence={evidence} source={source} />}
      {upload && <UploadDetails evidence={evidence} upload={upload} />}
      {evidence.kind === 'record' && <RecordDetails evidence={evidence} />}
    </li>
  );
}
