import { describe, expect, it } from 'vitest';
import { ClaimReviewFileError, MAX_CLAIM_REVIEWS, parseClaimReviews } from './claim-reviews';

const review = (index: number, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/checks/${index}`,
  claimReviewed: `The port handled ${index} containers.`,
  datePublished: '2025-05-02',
  author: { '@type': 'Organization', name: 'Example Check' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
  ...extra,
});

describe('parseClaimReviews', () => {
  it('reads one ClaimReview, an array, a @graph and a DataFeed', () => {
    const expected = {
      claimReviewed: 'The port handled 1 containers.',
      rating: 'False',
      publisher: 'Example Check',
      datePublished: new Date('2025-05-02'),
      url: 'https://factcheck.example.org/checks/1',
    };
    expect(parseClaimReviews(JSON.stringify(review(1))).reviews).toEqual([expected]);
    expect(parseClaimReviews(JSON.stringify([review(1), review(2)])).reviews).toHaveLength(2);
    expect(parseClaimReviews(JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, review(1)] })).reviews).toEqual([expected]);
    const feed = { '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: [review(1), review(2)] }] };
    expect(parseClaimReviews(JSON.stringify(feed)).reviews.map((entry) => entry.url)).toEqual([
      'https://factcheck.example.org/checks/1',
      'https://factcheck.example.org/checks/2',
    ]);
  });

  it('takes the publisher when there is no author, and skips reviews without a claim or an http(s) address', () => {
    const { reviews, skipped } = parseClaimReviews(
      JSON.stringify([
        review(1, { author: undefined, publisher: { name: 'Desk' } }),
        review(2, { url: 'javascript:alert(1)' }),
        review(3, { claimReviewed: '  ' }),
      ]),
    );
    expect(reviews.map((entry) => entry.publisher)).toEqual(['Desk']);
    expect(skipped).toBe(2);
  });

  it('says what is wrong with a file that is not JSON or holds no ClaimReview', () => {
    expect(() => parseClaimReviews('<html>')).toThrow(ClaimReviewFileError);
    expect(() => parseClaimReviews('{"@type": "Article"}')).toThrow(/No ClaimReview/);
  });

  it('reads a bounded number, and deep nesting without recursion', () => {
    const many = Array.from({ length: MAX_CLAIM_REVIEWS + 10 }, (_, index) => review(index));
    const { reviews, skipped } = parseClaimReviews(JSON.stringify(many));
    expect(reviews).toHaveLength(MAX_CLAIM_REVIEWS);
    expect(skipped).toBe(10);
    const deep = '['.repeat(5_000) + JSON.stringify(review(1)) + ']'.repeat(5_000);
    expect(parseClaimReviews(deep).reviews).toHaveLength(1);
  });
});
