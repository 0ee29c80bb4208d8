// Reads published fact checks from schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview):
// one ClaimReview, an array of them (what Margin's own ClaimReview export writes), a page's
// `@graph`, or a DataFeed of them (`dataFeedElement[].item`). Pure and bounded: the file's size is
// checked before it is parsed, nodes are walked without recursion, and only so many are read.

/** Largest ClaimReview file read. */
export const MAX_CLAIM_REVIEW_BYTES = 2 * 1024 * 1024;
/** ClaimReviews read from one file at most. */
export const MAX_CLAIM_REVIEWS = 2_000;
/** Nodes looked at in one file at most (a file of a million empty objects stops there). */
const MAX_NODES = 200_000;
const MAX_STATEMENT = 2_000;
const MAX_FIELD = 300;
const MAX_URL = 2_000;

export type PublishedReview = {
  claimReviewed: string;
  rating: string | null;
  publisher: string | null;
  datePublished: Date | null;
  url: string;
};

export class ClaimReviewFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimReviewFileError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim().slice(0, max) : null;

const nameOf = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) ? text(first.name, MAX_FIELD) : text(first, MAX_FIELD);
};

const isClaimReview = (node: Record<string, unknown>) => {
  const type = node['@type'];
  return type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'));
};

function httpUrl(value: unknown): string | null {
  const raw = text(value, MAX_URL);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function dateOf(value: unknown): Date | null {
  const raw = text(value, 40);
  if (!raw || !/^\d{4}-\d{2}-\d{2}/.test(raw)) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** One ClaimReview node as the library keeps it, or null when it lacks the claim or its address. */
export function readClaimReview(node: Record<string, unknown>): PublishedReview | null {
  const claimReviewed = text(node.claimReviewed, MAX_STATEMENT);
  const url = httpUrl(node.url);
  if (!claimReviewed || !url) return null;
  const rating = isObject(node.reviewRating)
    ? (text(node.reviewRating.alternateName, MAX_FIELD) ?? text(node.reviewRating.name, MAX_FIELD))
    : null;
  return {
    claimReviewed,
    rating,
    publisher: nameOf(node.author) ?? nameOf(node.publisher),
    datePublished: dateOf(node.datePublished),
    url,
  };
}

export type ClaimReviewsRead = { reviews: PublishedReview[]; skipped: number; found: number };

/**
 * The ClaimReviews under JSON-LD roots (parsed JSON): `reviews` (at most MAX_CLAIM_REVIEWS, one
 * per address), `skipped` (ClaimReviews without a claim or an http(s) address, or past the cap)
 * and `found`, every ClaimReview node seen.
 */
export function collectClaimReviews(roots: unknown[]): ClaimReviewsRead {
  const reviews = new Map<string, PublishedReview>();
  let skipped = 0;
  let found = 0;
  const queue: unknown[] = [...roots].reverse();
  for (let seen = 0; queue.length > 0 && seen < MAX_NODES; seen++) {
    const node = queue.pop();
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) queue.push(node[index]);
      continue;
    }
    if (!isObject(node)) continue;
    if (isClaimReview(node)) {
      found++;
      const review = readClaimReview(node);
      if (!review || reviews.size >= MAX_CLAIM_REVIEWS) skipped++;
      else reviews.set(review.url, review);
      continue;
    }
    for (const key of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity']) if (key in node) queue.push(node[key]);
  }
  return { reviews: [...reviews.values()], skipped, found };
}

/**
 * The ClaimReviews of a JSON-LD file's text (collectClaimReviews). Throws ClaimReviewFileError, in
 * words a person can act on, when the file is too large, not JSON, or holds none.
 */
export function parseClaimReviews(json: string): { reviews: PublishedReview[]; skipped: number } {
  if (json.length > MAX_CLAIM_REVIEW_BYTES)
    throw new ClaimReviewFileError('This file is too large: ClaimReview files of up to 2 MB are read.');
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    throw new ClaimReviewFileError('This file is not JSON: choose a ClaimReview JSON-LD file.');
  }
  const { reviews, skipped, found } = collectClaimReviews([root]);
  if (found === 0) throw new ClaimReviewFileError('No ClaimReview found in this file (a node with "@type": "ClaimReview").');
  return { reviews, skipped };
}
