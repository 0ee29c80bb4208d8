// The kinds of evidence a claim can rest on, how each reads in the interface and in exports,
// and the one-line description that stands for a piece of evidence without a web address.
import type { EvidenceKind, RecordChannel } from '@/lib/generated/prisma/enums';

export const EVIDENCE_KINDS = ['web', 'document', 'record', 'dataset'] as const satisfies readonly EvidenceKind[];
export const RECORD_CHANNELS = ['interview', 'phone', 'email'] as const satisfies readonly RecordChannel[];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  web: 'Web page',
  document: 'Document or image',
  record: 'Interview, call or email',
  dataset: 'Dataset or official record',
};

export const RECORD_CHANNEL_LABELS: Record<RecordChannel, string> = {
  interview: 'Interview',
  phone: 'Phone call',
  email: 'Email',
};

const CHANNEL_PHRASES: Record<RecordChannel, string> = {
  interview: 'interview with',
  phone: 'phone call with',
  email: 'email exchange with',
};

/** What a description is made from (contact details are never part of it). */
export type DescribedEvidence = {
  kind: EvidenceKind;
  title: string | null;
  source: { url: string; title: string | null } | null;
  upload: { fileName: string } | null;
  recordPerson: string | null;
  recordRole: string | null;
  /** a day: a Date at UTC midnight (PostgreSQL `date`) or an ISO date */
  recordDate: Date | string | null;
  recordChannel: RecordChannel | null;
};

/** The day of a record as YYYY-MM-DD. */
export const isoDay = (date: Date | string | null) =>
  date === null ? null : typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);

/**
 * One line that says what the evidence is: “phone call with Jane Doe, spokesperson, 2026-11-30”,
 * “document: Annual report 2023 (report.pdf)”, “dataset: https://…”. Never contact details.
 */
export function describeEvidence(evidence: DescribedEvidence): string {
  switch (evidence.kind) {
    case 'record': {
      const channel = CHANNEL_PHRASES[evidence.recordChannel ?? 'interview'];
      const parts = [`${channel} ${evidence.recordPerson ?? 'someone'}`, evidence.recordRole, isoDay(evidence.recordDate)];
      return parts.filter(Boolean).join(', ');
    }
    case 'document':
    case 'dataset': {
      const what = evidence.kind === 'document' ? 'document' : 'dataset';
      const file = evidence.upload?.fileName ?? null;
      const address = evidence.source?.url ?? null;
      const title = evidence.title ?? evidence.source?.title ?? null;
      const origin = file ?? address;
      if (title && origin) return `${what}: ${title} (${origin})`;
      return `${what}: ${title ?? origin ?? 'untitled'}`;
    }
    case 'web':
      return evidence.source?.title ?? evidence.source?.url ?? 'web page';
  }
}
