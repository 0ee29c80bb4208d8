import 'server-only';
import { getDb } from '@/lib/db';
import { describeEvidence } from '@/lib/evidence/kinds';
import type { ExportClaim, ExportPerson } from '@/lib/export/types';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { createLatestPlaceReader, type LatestPlace } from '@/lib/server/annotations/latest-places';
import { conditions } from '@/lib/server/claims/list-claims';
import { mentionsToText } from '@/lib/comments/mentions';

export const EXPORT_PAGE_SIZE = 500;

export type ExportScope = { userId: string; workspaceId: string; workspaceSlug: string; documentId?: string; baseUrl: string };

const PERSON = { select: { id: true, name: true, email: true } } as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const person = (who: ExportPerson | null) => (who ? { id: who.id, name: who.name, email: who.email } : null);

/**
 * The claims the board's filters select (another workspace's never match), in pages of
 * `pageSize` ordered by id: each page is one keyset query (`c.id > last`), so memory holds one
 * page at a time however many claims there are. `withDiscussion` adds the live comments.
 */
export async function* readExportClaims(
  scope: ExportScope,
  filters: TClaimFilters,
  { pageSize = EXPORT_PAGE_SIZE, withDiscussion = false }: { pageSize?: number; withDiscussion?: boolean } = {},
): AsyncGenerator<ExportClaim[]> {
  const db = getDb();
  const where = conditions(scope, { ...filters, sort: undefined, page: undefined });
  const readPlaces = createLatestPlaceReader({ withCodePoints: true });
  let after = '';
  for (;;) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Claim" c JOIN "Annotation" a ON a.id = c."annotationId"
      WHERE ${where} AND c.id > ${after}
      ORDER BY c.id LIMIT ${pageSize}`;
    if (ids.length === 0) return;
    after = ids.at(-1)!.id;
    const claims = await loadPage(
      ids.map((row) => row.id),
      scope.workspaceId,
      withDiscussion,
    );
    const places = await readPlaces(claims.map(({ annotation }) => ({ ...annotation, documentId: annotation.document.id })));
    yield claims.flatMap((claim) => {
      const place = places.get(claim.annotation.id);
      return place ? [toExportClaim(claim, place, scope)] : []; // a document without a version has nothing to export
    });
    if (ids.length < pageSize) return;
  }
}

function loadPage(ids: string[], workspaceId: string, withDiscussion: boolean) {
  return getDb().claim.findMany({
    where: { id: { in: ids }, workspaceId },
    orderBy: { id: 'asc' },
    include: {
      assignee: PERSON,
      proposedBy: PERSON,
      reviewedBy: PERSON,
      // never recordContact or recordNotes: contact details and notes stay in the workspace
      evidence: {
        orderBy: { createdAt: 'asc' },
        select: {
          kind: true,
          stance: true,
          quote: true,
          title: true,
          recordPerson: true,
          recordRole: true,
          recordDate: true,
          recordChannel: true,
          source: { select: { url: true, title: true } },
          upload: { select: { fileName: true, contentType: true, byteLength: true, sha256: true } },
        },
      },
      annotation: {
        select: {
          id: true,
          kind: true,
          exact: true,
          prefix: true,
          suffix: true,
          createdAt: true,
          updatedAt: true,
          author: PERSON,
          tags: { orderBy: { createdAt: 'asc' }, select: { tag: { select: { id: true, name: true, color: true } } } },
          // the discussion only for the W3C export (take: 0 reads none)
          comments: {
            where: { deletedAt: null },
            orderBy: { createdAt: 'asc' },
            take: withDiscussion ? undefined : 0,
            select: { id: true, parentId: true, body: true, createdAt: true, updatedAt: true, author: PERSON },
          },
          document: { select: { id: true, title: true, byline: true, originUrl: true, publishedAt: true } },
        },
      },
    },
  });
}

type LoadedClaim = Awaited<ReturnType<typeof loadPage>>[number];

export function documentUrl(scope: Pick<ExportScope, 'baseUrl' | 'workspaceSlug'>, documentId: string) {
  return `${scope.baseUrl}/w/${encodeURIComponent(scope.workspaceSlug)}/documents/${encodeURIComponent(documentId)}`;
}

function toExportClaim(claim: LoadedClaim, place: LatestPlace, scope: ExportScope): ExportClaim {
  const { annotation } = claim;
  const { document } = annotation;
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
          value: claim.figureValue?.toString() ?? null,
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
        : { words: claim.verdictWords, version: claim.verdictWordsVersion, changedAt: iso(claim.wordsChangedAt) },
    assignee: person(claim.assignee),
    proposer: person(claim.proposedBy),
    reviewer: person(claim.reviewedBy),
    proposedAt: iso(claim.proposedAt),
    reviewedAt: iso(claim.reviewedAt),
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
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
      createdAt: annotation.createdAt.toISOString(),
      updatedAt: annotation.updatedAt.toISOString(),
      tags: annotation.tags.map(({ tag }) => tag),
      comments: annotation.comments.map((comment) => ({
        id: comment.id,
        parentId: comment.parentId,
        body: mentionsToText(comment.body),
        author: person(comment.author),
        createdAt: comment.createdAt.toISOString(),
        updatedAt: comment.updatedAt.toISOString(),
      })),
    },
    document: {
      id: document.id,
      title: document.title,
      byline: document.byline,
      originUrl: document.originUrl,
      publishedAt: iso(document.publishedAt),
      url: docUrl,
    },
  };
}
