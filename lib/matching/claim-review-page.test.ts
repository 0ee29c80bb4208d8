import { describe, expect, it } from 'vitest';
import { readClaimReviewPage } from './claim-review-page';

const review = (url: string, claim: string, rating = 'False') => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url,
  claimReviewed: claim,
  datePublished: '2026-02-03',
  author: { '@type': 'Organization', name: 'Fact Desk' },
  reviewRating: { '@type': 'Rating', alternateName: rating },
});

const page = (...blocks: string[]) =>
  `<!doctype html><html><head><title>Fact check</title>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('')}</head><body><p>Text</p></body></html>`;

const read = (body: string, contentType = 'text/html; charset=utf-8') =>
  readClaimReviewPage({ body: new TextEncoder().encode(body), contentType });

describe('readClaimReviewPage', () => {
  it('reads ClaimReviews from a page’s JSON-LD blocks: alone, in arrays, in a @graph; a broken block is left out', () => {
    const html = page(
      JSON.stringify(review('https://facts.example/a', 'Claim A')),
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'WebPage' }, review('https://facts.example/b', 'Claim B')],
      }),
      JSON.stringify([review('https://facts.example/c', 'Claim C', 'True')]),
      '{ not json',
    );
    const result = read(html);
    expect(result).toMatchObject({ found: 3, skipped: 0 });
    expect('reviews' in result && result.reviews.map((r) => [r.claimReviewed, r.rating, r.publisher])).toEqual([
      ['Claim A', 'False', 'Fact Desk'],
      ['Claim B', 'False', 'Fact Desk'],
      ['Claim C', 'True', 'Fact Desk'],
    ]);
  });

  it('reads a JSON or JSON-LD feed, also served as text/plain or without a type', () => {
    const feed = JSON.stringify({ '@type': 'DataFeed', dataFeedElement: [{ item: review('https://facts.example/d', 'Claim D') }] });
    for (const type of ['application/ld+json', 'application/json', 'text/plain', ''])
      expect(read(feed, type)).toMatchObject({ found: 1, reviews: [{ claimReviewed: 'Claim D' }] });
  });

  it('refuses, in words a person can act on, a page without ClaimReview, broken JSON, and what is neither', () => {
    expect(read(page(JSON.stringify({ '@type': 'NewsArticle', headline: 'x' })))).toEqual({
      refusal: expect.stringMatching(/No ClaimReview found/),
    });
    expect(read('<p>no markup</p>')).toEqual({ refusal: expect.stringMatching(/No ClaimReview found/) });
    expect(read('{"@type": "ClaimReview", ', 'application/json')).toEqual({ refusal: expect.stringMatching(/not valid JSON/) });
    expect(read('%PDF-1.7', 'application/pdf')).toEqual({
      refusal: expect.stringMatching(/application\/pdf: ClaimReviews are read from web pages/),
    });
  });
});
