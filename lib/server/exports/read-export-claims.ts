import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { getDbPool } from '@/lib/db';
import { describeEvidence, type DescribedEvidence } from '@/lib/evidence/kinds';
import type { ExportClaim, ExportPerson } from '@/lib/export/types';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { createLatestPlaceReader, type LatestPlace } from '@/lib/server/annotations/latest-places';
import { conditions } from '@/lib/server/claims/list-claims';
import { mentionsToText } from '@/lib/comments/mentions';

export const EXPORT_PAGE_SIZE = 500;
const FIRST_PAGE_SIZE = 50;

export type ExportScope = { userId: string; workspaceId: string; workspaceSlug: string; documentId?: string; baseUrl: string };

const person = (who: ExportPerson | null) => (who ? { id: who.id, name: who.name, email: who.email } : null);

/**
 * The claims the board's filters select (another workspace's never match), in pages of
 * `pageSize` ordered by id: each page is one keyset query (`c.id > last`), so memory holds one
 * page at a time however many claims there are. Each claim comes whole from PostgreSQL as one
 * JSON value (people, evidence, tags, document, and with `withDiscussion` the live comments), and
 * the next page is asked for as soon as one arrives, so PostgreSQL reads it while this one is
 * formatted.
 */
export async function* readExportClaims(
  scope: ExportScope,
  filters: TClaimFilters,
  { pageSize = EXPORT_PAGE_SIZE, withDiscussion = false }: { pageSize?: number; withDiscussion?: boolean } = {},
): AsyncGenerator<ExportClaim[]> {
  const where = conditions(scope, { ...filters, sort: undefined, page: undefined });
  const readPlaces = createLatestPlaceReader({ withCodePoints: true });
  // The first page is small, so the download starts at once.
  const firstSize = Math.min(pageSize, FIRST_PAGE_SIZE);
  let next: Promise<LoadedClaim[]> | null = loadPage(where, '', firstSize, withDiscussion);
  let asked = firstSize;
  try {
    while (next) {
      const claims: LoadedClaim[] = await next;
      next = claims.length === asked ? loadPage(where, claims.at(-1)!.id, (asked = pageSize), withDiscussion) : null;
      if (claims.length === 0) return;
      // Only the claims as exported stay alive while the page is formatted: the rows read die young.
      yield await exportPage(claims, readPlaces, scope);
    }
  } finally {
    // A download cancelled meanwhile: the page asked for ahead is not wanted, but must not go unhandled.
    next?.catch(() => undefined);
  }
}

async function exportPage(claims: LoadedClaim[], readPlaces: ReturnType<typeof createLatestPlaceReader>, scope: ExportScope) {
  const places = await readPlaces(claims.map(({ annotation }) => annotation));
  const page: ExportClaim[] = [];
  for (const claim of claims) {
    const place = places.get(claim.annotation.id);
    if (place) page.push(toExportClaim(claim, place, scope)); // a document without a version has nothing to export
  }
  return page;
}

/** A timestamp column as the ISO string JavaScript writes (the columns hold UTC). */
const ts = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** A person joined as `alias` (LEFT JOIN "User" alias …): null when there is none. */
const personOf = (alias: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email) END`;

type ExportPersonRow = { id: string; name: string | null; email: string };

/** One claim as the page query returns it: what every format needs, nothing else (never contact details or notes). */
type LoadedClaim = {
  id: string;
  statement: string;
  status: ExportClaim['status'];
  verdict: ExportClaim['verdict'];
  rationale: string | null;
  figureKind: string | null;
  figureValue: string | null;
  figureUnit: string | null;
  figureCurrency: string | null;
  figureQualifier: string | null;
  figureDates: string[];
  verdictWords: string | null;
  verdictWordsVersion: number | null;
  wordsChangedAt: string | null;
  proposedAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  assignee: ExportPersonRow | null;
  proposedBy: ExportPersonRow | null;
  reviewedBy: ExportPersonRow | null;
  evidence: (DescribedEvidence & {
    stance: ExportClaim['sources'][number]['stance'];
    quote: string | null;
    upload: { fileName: string; contentType: string; byteLength: number; sha256: string } | null;
  })[];
  annotation: {
    id: string;
    documentId: string;
    kind: string;
    exact: string;
    prefix: string;
    suffix: string;
    createdAt: string;
    updatedAt: string;
    author: ExportPersonRow | null;
    latestAnchor: { versionId: string; start: number | null; end: number | null } | null;
    tags: { id: string; name: string; color: string }[];
    comments: { id: string; parentId: string | null; body: string; createdAt: string; updatedAt: string; author: ExportPersonRow | null }[];
  };
  document: { id: string; title: string; byline: string | null; originUrl: string | null; publishedAt: string | null };
};

/**
 * One page as one query: the page's claims first (keyset on id, materialized once), then the
 * document, the people and each document's latest version joined to the page as a whole; evidence,
 * tags, comments and the anchor are looked up by index claim by claim. Each row is the claim as
 * one JSON text, read on the pool through `pg` (no Prisma row decoding for the largest read there is).
 */
async function loadPage(where: Prisma.Sql, after: string, pageSize: number, withDiscussion: boolean): Promise<LoadedClaim[]> {
  const comments = withDiscussion
    ? Prisma.sql`COALESCE((
        SELECT json_agg(json_build_object(
          'id', cm.id, 'parentId', cm."parentId", 'body', cm.body,
          'createdAt', ${ts(Prisma.sql`cm."createdAt"`)}, 'updatedAt', ${ts(Prisma.sql`cm."updatedAt"`)},
          'author', ${personOf(Prisma.sql`u`)}) ORDER BY cm."createdAt", cm.id)
        FROM "Comment" cm LEFT JOIN "User" u ON u.id = cm."authorId"
        WHERE cm."annotationId" = p."annotationId" AND cm."deletedAt" IS NULL), '[]')`
    : Prisma.sql`'[]'::json`;
  const query = Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT c.id, c.statement, c.status, c.verdict, c.rationale, c."figureKind", c."figureValue", c."figureUnit",
        c."figureCurrency", c."figureQualifier", c."figureDates", c."verdictWords", c."verdictWordsVersion",
        c."wordsChangedAt", c."proposedAt", c."reviewedAt", c."createdAt", c."updatedAt",
        c."assigneeId", c."proposedById", c."reviewedById",
        a.id AS "annotationId", a."documentId", a.kind, a.exact, a.prefix, a.suffix,
        a."createdAt" AS "annotationCreatedAt", a."updatedAt" AS "annotationUpdatedAt", a."authorId"
      FROM "Claim" c
      JOIN "Annotation" a ON a.id = c."annotationId"
      WHERE ${where} AND c.id > ${after}
      ORDER BY c.id LIMIT ${pageSize}
    ), lv AS (
      SELECT DISTINCT ON (v."documentId") v."documentId", v.id
      FROM "DocumentVersion" v WHERE v."documentId" IN (SELECT "documentId" FROM page)
      ORDER BY v."documentId", v.number DESC
    )
    SELECT json_build_object(
      'id', p.id, 'statement', p.statement, 'status', p.status, 'verdict', p.verdict, 'rationale', p.rationale,
      'figureKind', p."figureKind", 'figureValue', trim_scale(p."figureValue")::text, 'figureUnit', p."figureUnit",
      'figureCurrency', p."figureCurrency", 'figureQualifier', p."figureQualifier", 'figureDates', COALESCE(p."figureDates", '{}'),
      'verdictWords', p."verdictWords", 'verdictWordsVersion', p."verdictWordsVersion",
      'wordsChangedAt', ${ts(Prisma.sql`p."wordsChangedAt"`)}, 'proposedAt', ${ts(Prisma.sql`p."proposedAt"`)},
      'reviewedAt', ${ts(Prisma.sql`p."reviewedAt"`)}, 'createdAt', ${ts(Prisma.sql`p."createdAt"`)}, 'updatedAt', ${ts(Prisma.sql`p."updatedAt"`)},
      'assignee', ${personOf(Prisma.sql`assignee`)},
      'proposedBy', ${personOf(Prisma.sql`proposer`)},
      'reviewedBy', ${personOf(Prisma.sql`reviewer`)},
      'evidence', COALESCE((
        SELECT json_agg(json_build_object(
          'kind', e.kind, 'stance', e.stance, 'quote', e.quote, 'title', e.title,
          'recordPerson', e."recordPerson", 'recordRole', e."recordRole", 'recordDate', to_char(e."recordDate", 'YYYY-MM-DD'),
          'recordChannel', e."recordChannel",
          'source', (SELECT json_build_object('url', s.url, 'title', s.title) FROM "Source" s WHERE s.id = e."sourceId"),
          'upload', (
            SELECT json_build_object('fileName', up."fileName", 'contentType', up."contentType", 'byteLength', up."byteLength", 'sha256', up.sha256)
            FROM "EvidenceUpload" up WHERE up.id = e."uploadId")
        ) ORDER BY e."createdAt", e.id)
        FROM "Evidence" e
        WHERE e."claimId" = p.id), '[]'),
      'annotation', json_build_object(
        'id', p."annotationId", 'documentId', p."documentId", 'kind', p.kind, 'exact', p.exact, 'prefix', p.prefix, 'suffix', p.suffix,
        'createdAt', ${ts(Prisma.sql`p."annotationCreatedAt"`)}, 'updatedAt', ${ts(Prisma.sql`p."annotationUpdatedAt"`)},
        'author', ${personOf(Prisma.sql`author`)},
        'latestAnchor', CASE WHEN lv.id IS NULL THEN NULL ELSE json_build_object('versionId', lv.id, 'start', an.start, 'end', an."end") END,
        'tags', COALESCE((
          SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY at."createdAt", t.id)
          FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."annotationId" = p."annotationId"), '[]'),
        'comments', ${comments}),
      'document', json_build_object(
        'id', d.id, 'title', d.title, 'byline', d.byline, 'originUrl', d."originUrl", 'publishedAt', ${ts(Prisma.sql`d."publishedAt"`)})
    )::text AS claim
    FROM page p
    JOIN "Document" d ON d.id = p."documentId"
    LEFT JOIN "User" assignee ON assignee.id = p."assigneeId"
    LEFT JOIN "User" proposer ON proposer.id = p."proposedById"
    LEFT JOIN "User" reviewer ON reviewer.id = p."reviewedById"
    LEFT JOIN "User" author ON author.id = p."authorId"
    LEFT JOIN lv ON lv."documentId" = p."documentId"
    LEFT JOIN LATERAL (
      SELECT an.start, an."end" FROM "AnnotationAnchor" an WHERE an."annotationId" = p."annotationId" AND an."versionId" = lv.id
    ) an ON true
    ORDER BY p.id`;
  const { rows } = await getDbPool().query<{ claim: string }>(query.text, query.values);
  return rows.map((row) => JSON.parse(row.claim) as LoadedClaim);
}

export function documentUrl(scope: Pick<ExportScope, 'baseUrl' | 'workspaceSlug'>, documentId: string) {
  return `${scope.baseUrl}/w/${encodeURIComponent(scope.workspaceSlug)}/documents/${encodeURIComponent(documentId)}`;
}

function toExportClaim(claim: LoadedClaim, place: LatestPlace, scope: ExportScope): ExportClaim {
  const { annotation, document } = claim;
  const docUrl = documentUrl(scope, document.id);
  const isFigure = annotation.kind === 'figure' || claim.figureValue !== null || claim.figureDates.length > 0;
  return {
    id: claim.id,
    statement: claim.statement,
    status: claim.status,
    verdict: claim.verdict,
    rationale: claim.rationale,
    figure: isFigure
      ? {
          kind: claim.figureKind,
          value: claim.figureValue,
          unit: claim.figureUnit,
          currency: claim.figureCurrency,
          qualifier: claim.figureQualifier,
          dates: claim.figureDates,
        }
      : null,
    sources: claim.evidence.map((evidence) => ({
      kind: evidence.kind,
      url: evidence.source?.url ?? null,
      title: evidence.title ?? evidence.source?.title ?? null,
      description: describeEvidence(evidence),
      stance: evidence.stance,
      quote: evidence.quote,
      file: evidence.upload
        ? {
            name: evidence.upload.fileName,
            contentType: evidence.upload.contentType,
            byteLength: evidence.upload.byteLength,
            sha256: evidence.upload.sha256,
          }
        : null,
    })),
    verdictWords:
      claim.verdictWords === null
        ? null
        : { words: claim.verdictWords, version: claim.verdictWordsVersion, changedAt: claim.wordsChangedAt },
    assignee: person(claim.assignee),
    proposer: person(claim.proposedBy),
    reviewer: person(claim.reviewedBy),
    proposedAt: claim.proposedAt,
    reviewedAt: claim.reviewedAt,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    url: `${docUrl}?annotation=${encodeURIComponent(annotation.id)}`,
    annotation: {
      id: annotation.id,
      kind: annotation.kind === 'figure' ? 'figure' : 'claim',
      exact: place.exact,
      prefix: place.prefix,
      suffix: place.suffix,
      start: place.start,
      end: place.end,
      codePoints: place.codePoints ?? null,
      versionId: place.versionId,
      version: place.versionNumber,
      orphaned: place.orphaned,
      author: person(annotation.author),
      createdAt: annotation.createdAt,
      updatedAt: annotation.updatedAt,
      tags: annotation.tags,
      comments: annotation.comments.map((comment) => ({
        id: comment.id,
        parentId: comment.parentId,
        body: mentionsToText(comment.body),
        author: person(comment.author),
        createdAt: comment.createdAt,
        updatedAt: comment.updatedAt,
      })),
    },
    document: {
      id: document.id,
      title: document.title,
      byline: document.byline,
      originUrl: document.originUrl,
      publishedAt: document.publishedAt,
      url: docUrl,
    },
  };
}
