// What the REST API (app/api/v1) answers, as zod schemas: the handlers' return values are typed
// by them (lib/http/token-routes.ts encodes each answer through its schema, so a field missing
// here is not sent), and the OpenAPI document describes them (lib/api/openapi.ts).
// Dates are Date objects on the server and ISO 8601 strings on the wire (ZDateTime).
import { z } from 'zod';
import {
  AnchorState,
  AnnotationKind,
  AnnotationVisibility,
  ClaimStatus,
  LinkStatus,
  Verdict,
  VersionOrigin,
} from '@/lib/generated/prisma/enums';

export const ZDateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

/** Every failure: { code, error, fieldErrors? } (lib/errors.ts). */
export const ZApiError = z.object({
  code: z.enum([
    'unauthorized',
    'forbidden',
    'not_found',
    'method_not_allowed',
    'conflict',
    'stale',
    'too_large',
    'unsupported_type',
    'invalid',
    'rate_limited',
    'unavailable',
    'internal',
  ]),
  error: z.string().meta({ description: 'A message for people.' }),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  missing: z.unknown().optional(),
});

const ZPerson = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });
const ZNamedPerson = z.object({ name: z.string().nullable(), email: z.string() });
const ZTag = z.object({ id: z.string(), name: z.string(), color: z.string().nullable() });
const ZOffset = z.int().min(0).meta({ description: 'UTF-16 code units from the start of plainText (as JavaScript counts).' });

export const ZTiptapDoc = z.looseObject({ type: z.literal('doc'), content: z.array(z.looseObject({ type: z.string() })) }).meta({
  description: 'ProseMirror (tiptap) JSON: flat blocks of text (heading, paragraph, listItem, blockquote, caption, tableRow) with marks.',
});

export const ZDocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  byline: z.string().nullable(),
  originUrl: z.string().nullable(),
  updatedAt: ZDateTime,
  archivedAt: ZDateTime.nullable(),
  versionCount: z.int(),
  annotationCount: z.int(),
});
export const ZDocumentList = z.object({ documents: z.array(ZDocumentSummary) });

export const ZDocumentDetails = z.object({
  id: z.string(),
  metadataVersion: z.int().meta({ description: 'Send it back to edit the metadata.' }),
  title: z.string(),
  byline: z.string().nullable(),
  originUrl: z.string().nullable(),
  publishedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  archivedAt: ZDateTime.nullable(),
  version: z.object({
    id: z.string(),
    number: z.int(),
    content: ZTiptapDoc,
    plainText: z.string(),
    contentHash: z.string(),
    createdAt: ZDateTime,
  }),
});

export const ZDocumentMetadataResult = z.object({ id: z.string(), metadataVersion: z.int() });
export const ZCreatedDocument = z.object({
  id: z.string(),
  title: z.string(),
  citations: z
    .object({ made: z.int(), leftOut: z.int() })
    .meta({ description: 'Links on the text’s words made citation annotations (at most 2,000 an import), and those left out.' }),
  notice: z.string().nullable().meta({ description: 'Something the importer should know, such as links left without a citation.' }),
});
export const ZArchivedDocument = z.object({ id: z.string(), archivedAt: ZDateTime.nullable() });

const versionFields = {
  id: z.string(),
  number: z.int(),
  origin: z.enum(VersionOrigin),
  summary: z.string().nullable(),
  createdAt: ZDateTime,
  createdBy: ZNamedPerson.nullable(),
};
export const ZVersionList = z.object({
  versions: z.array(z.object({ ...versionFields, characters: z.int().meta({ description: 'UTF-16 code units of plainText.' }) })),
});
export const ZVersionDetails = z.object({ ...versionFields, contentHash: z.string(), plainText: z.string(), content: ZTiptapDoc });

export const ZAnnotationList = z.object({
  versionId: z.string(),
  annotations: z.array(
    z.object({
      id: z.string(),
      version: z.int(),
      kind: z.enum(AnnotationKind),
      visibility: z.enum(AnnotationVisibility),
      exact: z.string(),
      createdAt: ZDateTime,
      author: ZPerson.nullable(),
      tags: z.array(ZTag),
      claim: z.object({ id: z.string(), status: z.enum(ClaimStatus), verdict: z.enum(Verdict).nullable() }).nullable(),
      source: z
        .object({ id: z.string(), url: z.string(), domain: z.string() })
        .nullable()
        .meta({ description: 'A citation made from a link of an imported document: the workspace source the link points to.' }),
      start: ZOffset.nullable(),
      end: ZOffset.nullable(),
      state: z.enum(AnchorState),
    }),
  ),
});
export const ZCreatedAnnotation = z.object({
  id: z.string(),
  kind: z.enum(AnnotationKind),
  exact: z.string(),
  claim: z.object({ id: z.string() }).nullable(),
});

export const ZClaimPage = z.object({
  claims: z.array(
    z.looseObject({
      id: z.string(),
      version: z.int(),
      statement: z.string(),
      status: z.enum(ClaimStatus),
      verdict: z.enum(Verdict).nullable(),
      kind: z.enum(AnnotationKind),
      quote: z.string(),
      orphaned: z.boolean(),
      annotationId: z.string(),
      document: z.object({ id: z.string(), title: z.string() }),
      assignee: ZPerson.nullable(),
      tags: z.array(ZTag),
      evidenceCount: z.int(),
      updatedAt: ZDateTime,
    }),
  ),
  /** Matches counted up to 1,000 (CLAIM_COUNT_CAP); `totalIsCapped`: there are more than that (the pages go on). */
  total: z.int(),
  totalIsCapped: z.boolean(),
  /** This page's number when known: the first, the last of a counted list, or the `page` asked with a cursor. */
  page: z.int().nullable(),
  /** null when the total is capped */
  pageCount: z.int().nullable(),
  /** Ask `after=<next>` for the following page; null on the last. */
  next: z.string().nullable(),
  /** Ask `before=<previous>` for the page before; null on the first. `before=end` is the last page. */
  previous: z.string().nullable(),
});

export const ZClaimDetails = z
  .looseObject({
    id: z.string(),
    version: z.int(),
    statement: z.string(),
    status: z.enum(ClaimStatus),
    verdict: z.enum(Verdict).nullable(),
    figureValue: z.number().nullable(),
    annotation: z.looseObject({ id: z.string(), documentId: z.string(), exact: z.string() }),
    current: z.object({ words: z.string(), version: z.int(), orphaned: z.boolean() }).nullable(),
    assignee: ZPerson.nullable(),
    proposedBy: ZPerson.nullable(),
    reviewedBy: ZPerson.nullable(),
    requestedReviewer: ZPerson.nullable().meta({ description: 'The member asked to review the proposed verdict; null: every reviewer.' }),
    sentBackReason: z
      .string()
      .nullable()
      .meta({ description: 'Why the last proposed verdict was sent back (cleared when one is proposed again).' }),
    evidence: z.array(z.looseObject({ id: z.string() })),
    activities: z.array(z.looseObject({ id: z.string(), action: z.string() })),
  })
  .meta({ description: 'A claim with its annotation, people, evidence (with sources) and history; more fields may appear.' });

/** GET /api/v1/claims/matches: claims of the workspace that say the same thing, best first (issue 22). */
export const ZClaimMatches = z.object({
  matches: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('claim'),
        id: z.string(),
        statement: z.string(),
        status: z.enum(ClaimStatus),
        verdict: z.enum(Verdict).nullable(),
        /** when its verdict was reviewed, or else when it last changed */
        date: ZDateTime,
        document: z.object({ id: z.string(), title: z.string() }),
        annotationId: z.string(),
        /** the group of claims linked as the same claim, if any */
        groupId: z.string().nullable(),
        /** 0–1: how alike the statements are (matches start at 0.5) */
        score: z.number(),
      }),
      z.object({
        kind: z.literal('published'),
        id: z.string(),
        /** ClaimReview.claimReviewed */
        statement: z.string(),
        /** ClaimReview.reviewRating.alternateName */
        rating: z.string().nullable(),
        publisher: z.string().nullable(),
        /** ClaimReview.datePublished */
        date: ZDateTime.nullable(),
        url: z.string(),
        score: z.number(),
      }),
    ]),
  ),
});

export const ZClaimRef = z.object({ id: z.string(), version: z.int() });
export const ZClaimStepResult = z.looseObject({
  id: z.string(),
  version: z.int(),
  status: z.enum(ClaimStatus),
  verdict: z.enum(Verdict).nullable(),
});
export const ZCreated = z.object({ id: z.string() });

const sourceFields = {
  id: z.string(),
  url: z.string(),
  domain: z.string(),
  title: z.string().nullable(),
  linkStatus: z.enum(LinkStatus),
};
export const ZSourceList = z.object({
  sources: z.array(
    z.object({
      ...sourceFields,
      lastCheckedAt: ZDateTime.nullable(),
      statusChangedAt: ZDateTime.nullable(),
      claims: z.int(),
      documents: z.int(),
    }),
  ),
});
export const ZSourceDetails = z
  .looseObject({ ...sourceFields, documents: z.array(z.object({ document: z.object({ id: z.string(), title: z.string() }) })) })
  .meta({ description: 'A source with the documents citing it, the evidence relying on it and its captures.' });

export const ZComment = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  body: z.string().nullable().meta({ description: 'null for a deleted comment, which keeps its place in the thread.' }),
  version: z.int(),
  createdAt: ZDateTime,
  editedAt: ZDateTime.nullable(),
  deletedAt: ZDateTime.nullable(),
  author: ZPerson.nullable(),
  importedCreator: z.string().nullable().meta({ description: 'the author in the tool it was imported from' }),
  mentionIds: z.array(z.string()).meta({ description: 'the members the comment mentions (`@[Name](userId)` tokens in body)' }),
});
export const ZCommentList = z.object({ comments: z.array(ZComment) });
export const ZCreatedComment = z.object({ id: z.string(), version: z.int() });

export const ZActivityPage = z.object({
  activities: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      documentId: z.string().nullable(),
      claimId: z.string().nullable(),
      before: z.unknown().meta({ description: 'what changed, before (JSON; null when nothing)' }),
      after: z.unknown().meta({ description: 'what changed, after (JSON; null when nothing)' }),
      createdAt: ZDateTime,
      actor: ZPerson.nullable(),
    }),
  ),
  nextCursor: z.string().nullable().meta({ description: 'Pass it as ?cursor= for the next (older) page; null on the last page.' }),
});

export const ZW3cImportResult = z.object({
  placed: z.int(),
  orphaned: z.int(),
  skipped: z.array(z.object({ index: z.int(), reason: z.string() })),
});
