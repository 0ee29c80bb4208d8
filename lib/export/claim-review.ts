// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), one node per claim in a
// JSON array. Each review needs a verdict, a review date and the address where the claim
// appeared; claimReviewProblems names what is missing so the export can be refused up front.
import type { ExportClaim, ExportContext, ExportFormatter } from './types';

const VERDICT_LABELS: Record<string, string> = {
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/**
 * Our verdicts on schema.org's 1 (worst) to 5 (best) scale. "Unverifiable" says nothing about
 * truth, so it gets no number: only its name (alternateName), which is what readers show.
 */
export const RATING_VALUES: Record<string, number | undefined> = { verified: 5, misleading: 2, false: 1, unverifiable: undefined };

/** The fields a ClaimReview needs that this claim lacks (empty when it can be published). */
export function claimReviewProblems(claim: Pick<ExportClaim, 'statement' | 'verdict' | 'reviewedAt' | 'document'>): string[] {
  const problems: string[] = [];
  if (!claim.statement.trim()) problems.push('statement (claimReviewed)');
  if (!claim.verdict) problems.push('verdict (reviewRating)');
  if (!claim.reviewedAt) problems.push('review date (datePublished): not reviewed yet');
  if (!claim.document.originUrl) problems.push('the document’s origin URL (itemReviewed.appearance.url)');
  return problems;
}

export class ClaimReviewError extends Error {
  constructor(
    readonly claimId: string,
    readonly problems: string[],
  ) {
    super(`Claim ${claimId} cannot be published as a ClaimReview: it lacks ${problems.join(', ')}.`);
    this.name = 'ClaimReviewError';
  }
}

const day = (iso: string) => iso.slice(0, 10);

export function toClaimReview(claim: ExportClaim, context: ExportContext) {
  const problems = claimReviewProblems(claim);
  if (problems.length > 0 || !claim.verdict || !claim.reviewedAt || !claim.document.originUrl)
    throw new ClaimReviewError(claim.id, problems);
  const ratingValue = RATING_VALUES[claim.verdict];
  const { document } = claim;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claim.url,
    claimReviewed: claim.statement,
    datePublished: day(claim.reviewedAt),
    author: { '@type': 'Organization', name: context.workspace.name, url: context.workspace.url },
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[claim.verdict],
      ...(ratingValue === undefined ? {} : { ratingValue, bestRating: 5, worstRating: 1 }),
      ...(claim.rationale?.trim() ? { ratingExplanation: claim.rationale.trim() } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(document.byline ? { author: { '@type': 'Person', name: document.byline } } : {}),
      ...(document.publishedAt ? { datePublished: day(document.publishedAt) } : {}),
      appearance: {
        '@type': 'CreativeWork',
        url: document.originUrl,
        headline: document.title,
        ...(document.publishedAt ? { datePublished: day(document.publishedAt) } : {}),
      },
    },
    ...(claim.sources.length > 0
      ? {
          // an upload or a record has no public address: it is cited by what it is
          citation: claim.sources.map((source) =>
            source.url
              ? { '@type': 'CreativeWork', url: source.url, ...(source.title ? { name: source.title } : {}) }
              : { '@type': 'CreativeWork', name: source.description },
          ),
        }
      : {}),
  };
}

export const formatClaimReview: ExportFormatter = async function* (pages, context: ExportContext) {
  let first = true;
  yield '[';
  for await (const page of pages) {
    const items = page.map((claim) => {
      const item = `${first ? '' : ','}\n${JSON.stringify(toClaimReview(claim, context))}`;
      first = false;
      return item;
    });
    if (items.length > 0) yield items.join('');
  }
  yield first ? ']\n' : '\n]\n';
};
