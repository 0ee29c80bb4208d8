import 'server-only';
import { getDb } from '@/lib/db';
import type { PublishingProfile } from '@/lib/export/publishing';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { conditions } from '@/lib/server/claims/list-claims';
import { getPublishingProfile } from '@/lib/server/publishing/get-publishing-profile';
import { describeClaimReviewGaps, findClaimReviewGaps, type ClaimReviewGap } from './find-claim-review-gaps';

type Scope = { userId: string; workspaceId: string; workspaceSlug: string; documentId?: string };

/** Why the export cannot be made, as the 422 answer carries it. */
export type ClaimReviewRefusal = {
  error: string;
  /** one line for each thing to fix, in the order to fix them */
  missing: string[];
  /** the first few claims that cannot be published, with what each lacks */
  claims: ClaimReviewGap[];
  total: number;
  /** where the publishing profile is set */
  settingsUrl: string;
};

const claims = (count: number) => `${count} ${count === 1 ? 'claim' : 'claims'}`;
const have = (count: number) => (count === 1 ? 'has' : 'have');

async function countSelected(scope: Scope, filters: TClaimFilters): Promise<number> {
  const [row] = await getDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM "Claim" c JOIN "Annotation" a ON a.id = c."annotationId" JOIN "Document" d ON d.id = a."documentId"
    WHERE ${conditions(scope, { ...filters, sort: undefined, page: undefined })}`;
  return row?.count ?? 0;
}

/**
 * Everything Google's ClaimReview markup needs, checked before the first byte: the publishing
 * profile (author, url) and, for each selected claim, a verdict (reviewRating), a review date
 * (datePublished) and the address where the claim appeared (itemReviewed). Returns the profile
 * to export with, or the list of what is missing.
 */
export async function checkClaimReview(
  scope: Scope,
  filters: TClaimFilters,
): Promise<{ publishing: PublishingProfile; refusal: null } | { publishing: null; refusal: ClaimReviewRefusal }> {
  const [stored, gaps] = await Promise.all([getPublishingProfile(scope.workspaceId), findClaimReviewGaps(scope, filters)]);
  const missing: string[] = [];
  if (!stored) {
    const selected = await countSelected(scope, filters);
    missing.push(
      'Set the organisation name in Settings → Publishing (the author of each ClaimReview).',
      'Set the organisation’s web address in Settings → Publishing.',
      `Set the public fact-check URL pattern in Settings → Publishing: ${claims(selected)} ${have(selected)} no public URL.`,
    );
  }
  const { withoutVerdict, unreviewed, withoutOrigin } = gaps.counts;
  if (withoutVerdict > 0) missing.push(`${claims(withoutVerdict)} ${have(withoutVerdict)} no verdict (reviewRating).`);
  if (unreviewed > 0) missing.push(`${claims(unreviewed)} ${unreviewed === 1 ? 'is' : 'are'} not reviewed yet (no datePublished).`);
  if (withoutOrigin > 0)
    missing.push(
      `${claims(withoutOrigin)} ${withoutOrigin === 1 ? 'is' : 'are'} in a document without an origin URL (itemReviewed.appearance): add it in the document’s details.`,
    );
  if (stored && missing.length === 0) return { publishing: stored.profile, refusal: null };
  const detail = gaps.total > 0 ? ` ${describeClaimReviewGaps(gaps)}` : '';
  const refusal = {
    error: `This export cannot be published as ClaimReview: ${missing.join(' ')}${detail}`,
    missing,
    claims: gaps.gaps,
    total: gaps.total,
    settingsUrl: `/w/${encodeURIComponent(scope.workspaceSlug)}/settings#publishing`,
  };
  return { publishing: null, refusal };
}
