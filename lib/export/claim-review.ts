// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), one node per claim in a
// JSON array, as Google's fact-check markup asks for it: the public address of the fact check,
// the organisation that publishes it, the rating on the workspace's scale and the claim as it
// appeared. claimReviewProblems names what a claim lacks so the export can be refused up front;
// the output is script-safe, ready to paste into <script type="application/ld+json">.
import { fillClaimUrl, ratingOf, scriptSafeJson, type PublishingProfile } from './publishing';
import type { ExportClaim, ExportContext, ExportFormatter } from './types';

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

export function toClaimReview(claim: ExportClaim, publishing: PublishingProfile) {
  const problems = claimReviewProblems(claim);
  if (problems.length > 0 || !claim.verdict || !claim.reviewedAt || !claim.document.originUrl)
    throw new ClaimReviewError(claim.id, problems);
  const { document } = claim;
  const byline = document.byline?.trim() ? { author: { '@type': 'Person', name: document.byline.trim() } } : {};
  const published = document.publishedAt ? { datePublished: day(document.publishedAt) } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: fillClaimUrl(publishing.claimUrlPattern, { documentId: document.id, documentTitle: document.title, claimId: claim.id }),
    claimReviewed: claim.statement,
    datePublished: day(claim.reviewedAt),
    author: {
      '@type': 'Organization',
      name: publishing.organizationName,
      url: publishing.organizationUrl,
      ...(publishing.logoUrl ? { logo: { '@type': 'ImageObject', url: publishing.logoUrl } } : {}),
    },
    reviewRating: {
      ...ratingOf(publishing.ratings, claim.verdict),
      ...(claim.rationale?.trim() ? { ratingExplanation: claim.rationale.trim() } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...byline,
      ...published,
      appearance: { '@type': 'CreativeWork', url: document.originUrl, headline: document.title, ...byline, ...published },
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
  const { publishing } = context;
  // the export route refuses (422) before streaming when the workspace has no publishing profile
  if (!publishing) throw new Error('A ClaimReview export needs the workspace’s publishing profile.');
  let first = true;
  yield '[';
  for await (const page of pages) {
    const items = page.map((claim) => {
      const item = `${first ? '' : ','}\n${scriptSafeJson(toClaimReview(claim, publishing))}`;
      first = false;
      return item;
    });
    if (items.length > 0) yield items.join('');
  }
  yield first ? ']\n' : '\n]\n';
};
