import { describe, expect, it } from 'vitest';
import { claimReviewProblems, ClaimReviewError, formatClaimReview, toClaimReview } from './claim-review';
import { DEFAULT_RATINGS } from './publishing';
import { collect, pagesOf, sampleClaim, sampleContext, samplePublishing } from './sample-claims';

describe('ClaimReview JSON-LD', () => {
  it('has every field Google’s ClaimReview markup needs, from the publishing profile', () => {
    const review = toClaimReview(sampleClaim(1), samplePublishing);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/checks/arms-and-alliances/claim1',
      claimReviewed: 'North Korea has shipped over 16501 containers of munitions to Russia.',
      datePublished: '2026-11-21',
      author: {
        '@type': 'Organization',
        name: 'Demo Fact Check',
        url: 'https://factcheck.example.org/',
        logo: { '@type': 'ImageObject', url: 'https://factcheck.example.org/logo.png' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Verified', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Reporter' },
        datePublished: '2024-10-28',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://example.org/article',
          headline: 'Arms and alliances',
          author: { '@type': 'Person', name: 'Jane Reporter' },
          datePublished: '2024-10-28',
        },
      },
    });
    const anonymous = toClaimReview(sampleClaim(1, { document: { ...sampleClaim(1).document, byline: ' ', publishedAt: null } }), {
      ...samplePublishing,
      logoUrl: null,
    });
    expect(anonymous.author).not.toHaveProperty('logo');
    expect(anonymous.itemReviewed).not.toHaveProperty('author');
    expect(anonymous.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://example.org/article',
      headline: 'Arms and alliances',
    });
  });

  it('rates on the workspace’s scale; a verdict without a number gets its name only', () => {
    expect(toClaimReview(sampleClaim(1, { verdict: 'false' }), samplePublishing).reviewRating).toMatchObject({
      alternateName: 'False',
      ratingValue: 1,
    });
    const unverifiable = toClaimReview(sampleClaim(1, { verdict: 'unverifiable' }), samplePublishing).reviewRating;
    expect(unverifiable.alternateName).toBe('Unverifiable');
    expect(unverifiable).not.toHaveProperty('ratingValue');
    expect(unverifiable).not.toHaveProperty('bestRating');
    const ratings = {
      bestRating: 10,
      worstRating: 0,
      verdicts: { ...DEFAULT_RATINGS.verdicts, misleading: { ratingValue: 3, alternateName: 'Half true' } },
    };
    expect(toClaimReview(sampleClaim(1, { verdict: 'misleading' }), { ...samplePublishing, ratings }).reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Half true',
      ratingValue: 3,
      bestRating: 10,
      worstRating: 0,
      ratingExplanation: 'Confirmed by the ministry’s figures, "page 4", and by satellite images.',
    });
  });

  it('names what is missing and refuses to write a review without it', () => {
    const claim = sampleClaim(1, { verdict: null, reviewedAt: null, document: { ...sampleClaim(1).document, originUrl: null } });
    expect(claimReviewProblems(claim)).toHaveLength(3);
    expect(claimReviewProblems(sampleClaim(1))).toEqual([]);
    expect(() => toClaimReview(claim, samplePublishing)).toThrow(ClaimReviewError);
  });

  it('streams a JSON array of reviews', async () => {
    const parsed = JSON.parse(await collect(formatClaimReview(pagesOf([1, 2, 3].map((index) => sampleClaim(index))), sampleContext)));
    expect(parsed.map((review: { '@type': string }) => review['@type'])).toEqual(['ClaimReview', 'ClaimReview', 'ClaimReview']);
    expect(JSON.parse(await collect(formatClaimReview(pagesOf([]), sampleContext)))).toEqual([]);
  });

  it('can be pasted into a <script> element: no </script or <!-- survives, the JSON reads the same', async () => {
    const statement = 'He said </script><script>alert(1)</script><!-- & more\u2028';
    const text = await collect(formatClaimReview(pagesOf([sampleClaim(1, { statement })]), sampleContext));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003c!--');
    expect(JSON.parse(text)[0].claimReviewed).toBe(statement);
  });

  it('refuses to stream without a publishing profile', async () => {
    await expect(collect(formatClaimReview(pagesOf([sampleClaim(1)]), { ...sampleContext, publishing: null }))).rejects.toThrow(
      'publishing profile',
    );
  });
});
