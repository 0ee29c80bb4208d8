import 'server-only';
import { describeEvidence } from '@/lib/evidence/kinds';
import type { ExportClaim, ExportPerson } from '@/lib/export/types';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { createLatestPlaceReader, type LatestPlace } from '@/lib/server/annotations/latest-places';
import { conditions } from '@/lib/server/claims/list-claims';
import { mentionsToText } from '@/lib/comments/mentions';
import { createExportLookups, loadExportPage, type LoadedClaim } from './load-export-page';

// 200, not 500: with two pages in flight (one formatted, one read ahead) a 500-claim page outlived
// V8's young generation, so every page was promoted and RSS grew 110–160 MB during a 50,000-claim
// export; at 200 it grows 0–50 MB for about the same CPU (docs/BENCHMARKS.md).
export const EXPORT_PAGE_SIZE = 200;
const FIRST_PAGE_SIZE = 50;

export type ExportScope = { userId: string; workspaceId: string; workspaceSlug: string; documentId?: string; baseUrl: string };

const person = (who: ExportPerson | null) => (who ? { id: who.id, name: who.name, email: who.email } : null);

/**
 * The claims the board's filters select (another workspace's never match), in pages of
 * `pageSize` ordered by id: each page is one keyset query (`c.id > last`), so memory holds one
 * page at a time however many claims there are. A page is read in plain columns, its people,
 * documents, evidence, tags (and with `withDiscussion` the live comments) once for the page
 * (load-export-page.ts), and the next page is asked for as soon as one arrives, so PostgreSQL
 * reads it while this one is formatted. `withCodePoints`: each annotation's offsets in code
 * points too (W3C), else null.
 */
export async function* readExportClaims(
  scope: ExportScope,
  filters: TClaimFilters,
  {
    pageSize = EXPORT_PAGE_SIZE,
    withDiscussion = false,
    withCodePoints = false,
  }: { pageSize?: number; withDiscussion?: boolean; withCodePoints?: boolean } = {},
): AsyncGenerator<ExportClaim[]> {
  const where = conditions(scope, { ...filters, sort: undefined, page: undefined });
  // Code point offsets (W3C's alone) cost a pass over every document's text: only when asked for.
  const readPlaces = createLatestPlaceReader({ withCodePoints });
  // The first page is small, so the download starts at once.
  const firstSize = Math.min(pageSize, FIRST_PAGE_SIZE);
  const known = createExportLookups();
  let next: Promise<LoadedClaim[]> | null = loadExportPage(where, '', firstSize, withDiscussion, known);
  let asked = firstSize;
  try {
    while (next) {
      const claims: LoadedClaim[] = await next;
      next = claims.length === asked ? loadExportPage(where, claims.at(-1)!.id, (asked = pageSize), withDiscussion, known) : null;
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
