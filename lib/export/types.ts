// What every export format is made from: one claim with everything a row, a report section or a
// JSON-LD node shows. Plain data (strings, numbers, ISO dates), built by lib/server/exports.
import type { PublishingProfile } from './publishing';

export const EXPORT_FORMATS = ['csv', 'json', 'markdown', 'claimreview', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportPerson = { id: string; name: string | null; email: string };

/** One piece of evidence: a web page, an uploaded document, a record (interview, call, email) or a dataset. */
export type ExportSource = {
  kind: 'web' | 'document' | 'record' | 'dataset';
  /** the web address (web pages, datasets given by address); null for uploads and records */
  url: string | null;
  title: string | null;
  /** what it is in one line (“phone call with Jane Doe, spokesperson, 2026-11-30”); never contact details */
  description: string;
  stance: 'supports' | 'contradicts' | 'context';
  /** the passage quoted from the source */
  quote: string | null;
  /** uploads: what identifies the file (never its bytes) */
  file: { name: string; contentType: string; byteLength: number; sha256: string } | null;
};

export type ExportComment = {
  id: string;
  parentId: string | null;
  body: string;
  author: ExportPerson | null;
  createdAt: string;
  updatedAt: string;
};

export type ExportClaim = {
  id: string;
  statement: string;
  status: 'unchecked' | 'in_progress' | 'proposed' | 'reviewed';
  verdict: 'verified' | 'false' | 'misleading' | 'unverifiable' | null;
  rationale: string | null;
  /** figures only: the typed value (a decimal string, never a float) */
  figure: {
    kind: string | null;
    value: string | null;
    unit: string | null;
    currency: string | null;
    qualifier: string | null;
    dates: string[];
  } | null;
  sources: ExportSource[];
  /**
   * The words its verdict judged (set when a verdict is proposed and when it is accepted), with
   * the version they were read in; `changedAt` is set while a later version changed them (or
   * orphaned the claim) and nobody has yet confirmed the verdict or checked the claim again.
   */
  verdictWords: { words: string; version: number | null; changedAt: string | null } | null;
  assignee: ExportPerson | null;
  proposer: ExportPerson | null;
  reviewer: ExportPerson | null;
  proposedAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** the link back: the document page with this claim's annotation selected */
  url: string;
  annotation: {
    id: string;
    kind: 'claim' | 'figure';
    /**
     * Where it sits in the document's latest version (`version`, `versionId`): its words there,
     * with their context and offsets. Orphaned — its words are no longer in that text — it has
     * no offsets, and the words are those it was last placed on.
     */
    exact: string;
    prefix: string;
    suffix: string;
    /** Offsets in UTF-16 units, as JavaScript counts (REST and JSON). */
    start: number | null;
    end: number | null;
    /** The same offsets in code points, as W3C Web Annotations count them; only for that format. */
    codePoints: { start: number; end: number } | null;
    versionId: string;
    version: number;
    orphaned: boolean;
    author: ExportPerson | null;
    createdAt: string;
    updatedAt: string;
    tags: { id: string; name: string; color: string }[];
    /** live comments of its discussion (W3C export only; empty otherwise) */
    comments: ExportComment[];
  };
  document: { id: string; title: string; byline: string | null; originUrl: string | null; publishedAt: string | null; url: string };
};

/** What the whole export is about, for titles, JSON-LD authors and file names. */
export type ExportContext = {
  workspace: { name: string; slug: string; url: string };
  /** set when the export is one document's claims */
  document: { id: string; title: string } | null;
  /** when the export was made (ISO) */
  exportedAt: string;
  /** the address this export was requested at (a W3C collection's id) */
  exportUrl: string;
  /** the filters, as a person reads them ("status: reviewed") */
  filterSummary: string;
  /** how the workspace publishes (ClaimReview needs it; other formats ignore it) */
  publishing?: PublishingProfile | null;
};

/** A formatter: pages of claims in, text chunks out (one or more per page), never all at once. */
export type ExportFormatter = (pages: AsyncIterable<ExportClaim[]>, context: ExportContext) => AsyncIterable<string>;

export const personName = (person: ExportPerson | null) => (person ? person.name || person.email : '');
