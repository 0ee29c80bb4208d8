import { describe, expect, it } from 'vitest';
import { claimReviewProblems, ClaimReviewError, formatClaimReview, toClaimReview } from './claim-review';
import { collect, pagesOf, sampleClaim, sampleContext } from './sample-claims';

describe('ClaimReview JSON-LD', () => {
  it('has every field a ClaimReview needs', () => {
    const review = toClaimReview(sampleClaim(1), sampleContext);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://margin.example/w/desk/documents/doc1?annotation=ann1',
      claimReviewed: 'North Korea has shipped over 16501 containers of munitions to Russia.',
      datePublished: '2026-11-21',
      author: { '@type': 'Organization', name: 'Demo desk', url: 'https://margin.example/w/desk' },
      reviewRating: { '@type': 'Rating', alternateName: 'Verified', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Reporter' },
        datePublished: '2024-10-28',
        appearance: { '@type': 'CreativeWork', url: 'https://example.org/article', headline: 'Arms and alliances' },
      },
    });
  });

  it('rates false lowest and gives "unverifiable" a name but no number', () => {
    expect(toClaimReview(sampleClaim(1, { verdict: 'false' }), sampleContext).reviewRating).toMatchObject({
      alternateName: 'False',
      ratingValue: 1,
    });
    const unverifiable = toClaimReview(sampleClaim(1, { verdict: 'unverifiable' }), sampleContext).reviewRating;
    expect(unverifiable.alternateName).toBe('Unverifiable');
    expect(unverifiable).not.toHaveProperty('ratingValue');
  });

  it('names what is missing and refuses to write a review without it', () => {
    const claim = sampleClaim(1, { verdict: null, reviewedAt: null, document: { ...sampleClaim(1).document, originUrl: null } });
    expect(claimReviewProblems(claim)).toHaveLength(3);
    expect(claimReviewProblems(sampleClaim(1))).toEqual([]);
    expect(() => toClaimReview(claim, sampleContext)).toThrow(ClaimReviewError);
  });

  it('streams a JSON array of reviews', async () => {
    const parsed = JSON.parse(await collect(formatClaimReview(pagesOf([1, 2, 3].map((index) => sampleClaim(index))), sampleContext)));
    expect(parsed.map((review: { '@type': string }) => review['@type'])).toEqual(['ClaimReview', 'ClaimReview', 'ClaimReview']);
    expect(JSON.parse(await collect(formatClaimReview(pagesOf([]), sampleContext)))).toEqual([]);
  });
});
