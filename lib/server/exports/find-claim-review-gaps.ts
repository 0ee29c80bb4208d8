import 'server-only';
import { getDb } from '@/lib/db';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { conditions } from '@/lib/server/claims/list-claims';

type Row = {
  id: string;
  statement: string;
  noVerdict: boolean;
  notReviewed: boolean;
  noOrigin: boolean;
  documentTitle: string;
  total: number;
  withoutVerdict: number;
  unreviewed: number;
  withoutOrigin: number;
};

export type ClaimReviewGap = { claimId: string; statement: string; document: string; missing: string[] };

/**
 * The selected claims that cannot be published as a ClaimReview (no verdict, not reviewed, or a
 * document without an origin URL): how many (in all and for each reason), and the first few with
 * what each lacks. One query before anything streams, so that a refusal is a clean 422.
 */
export async function findClaimReviewGaps(
  scope: { userId: string; workspaceId: string; documentId?: string },
  filters: TClaimFilters,
  limit = 10,
) {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT c.id, c.statement, d.title AS "documentTitle",
      c.verdict IS NULL AS "noVerdict", c."reviewedAt" IS NULL AS "notReviewed",
      coalesce(btrim(d."originUrl"), '') = '' AS "noOrigin", count(*) OVER ()::int AS total,
      (count(*) FILTER (WHERE c.verdict IS NULL) OVER ())::int AS "withoutVerdict",
      (count(*) FILTER (WHERE c."reviewedAt" IS NULL) OVER ())::int AS "unreviewed",
      (count(*) FILTER (WHERE coalesce(btrim(d."originUrl"), '') = '') OVER ())::int AS "withoutOrigin"
    FROM "Claim" c JOIN "Annotation" a ON a.id = c."annotationId" JOIN "Document" d ON d.id = a."documentId"
    WHERE ${conditions(scope, { ...filters, sort: undefined, page: undefined })}
      AND (c.verdict IS NULL OR c."reviewedAt" IS NULL OR coalesce(btrim(d."originUrl"), '') = '')
    ORDER BY c.id LIMIT ${limit}`;
  const gaps: ClaimReviewGap[] = rows.map((row) => ({
    claimId: row.id,
    statement: row.statement,
    document: row.documentTitle,
    missing: [
      ...(row.noVerdict ? ['verdict'] : []),
      ...(row.notReviewed ? ['review date (not reviewed yet)'] : []),
      ...(row.noOrigin ? ['origin URL of the document'] : []),
    ],
  }));
  const first = rows[0];
  const counts = {
    withoutVerdict: first?.withoutVerdict ?? 0,
    unreviewed: first?.unreviewed ?? 0,
    withoutOrigin: first?.withoutOrigin ?? 0,
  };
  return { total: first?.total ?? 0, counts, gaps };
}

/** "2 claims cannot be published as ClaimReview: “North Korea shipped…” (Report 1) lacks a verdict; …" */
export function describeClaimReviewGaps({ total, gaps }: { total: number; gaps: ClaimReviewGap[] }): string {
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);
  const listed = gaps.map((gap) => `“${short(gap.statement)}” (${gap.document}) lacks ${gap.missing.join(' and ')}`).join('; ');
  const more = total > gaps.length ? `; and ${total - gaps.length} more` : '';
  return `${total} ${total === 1 ? 'claim cannot' : 'claims cannot'} be published as ClaimReview: ${listed}${more}. Export reviewed claims of documents with an origin URL, or add what is missing.`;
}
