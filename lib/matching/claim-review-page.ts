// Reads the ClaimReviews at a web address: a fact-check page's JSON-LD markup
// (`<script type="application/ld+json">` blocks, each a ClaimReview, an array, or a `@graph`), or
// a JSON / JSON-LD feed of them (claim-reviews.ts reads the nodes). Pure: runs in a worker thread
// on the bytes the guarded fetch brought (lib/server/matching/import-fact-checks.ts).
import { JSDOM } from 'jsdom';
import { mediaType } from '@/lib/import/media-type';
import { collectClaimReviews, type ClaimReviewsRead } from './claim-reviews';

/** Largest page or feed fetched for its ClaimReviews. */
export const MAX_CLAIM_REVIEW_PAGE_BYTES = 5 * 1024 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const JSON_TYPES = new Set(['application/json', 'application/ld+json', 'application/feed+json', 'text/json']);
const NONE_FOUND = 'No ClaimReview found at this address: its page carries no ClaimReview JSON-LD markup.';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
};

/** The JSON-LD blocks of an HTML page, parsed (a block that is not JSON is left out). */
function jsonLdBlocks(html: string): unknown[] {
  const { document } = new JSDOM(html).window;
  return [...document.querySelectorAll('script[type]')]
    .filter((script) => mediaType(script.getAttribute('type') ?? '') === 'application/ld+json')
    .map((script) => parseJson(script.textContent ?? ''))
    .filter((block) => block !== undefined);
}

/**
 * The ClaimReviews of a fetched page or feed, or `refusal`, in words a person can act on, when it
 * is neither a web page nor JSON, or holds no ClaimReview.
 */
export function readClaimReviewPage({
  body,
  contentType,
}: {
  body: Uint8Array;
  contentType: string;
}): ClaimReviewsRead | { refusal: string } {
  const text = new TextDecoder().decode(body);
  const type = mediaType(contentType);
  const looksJson = /^\s*[[{]/.test(text.slice(0, 1_000));
  let roots: unknown[];
  if (JSON_TYPES.has(type) || ((type === 'text/plain' || !type) && looksJson)) {
    const root = parseJson(text);
    if (root === undefined) return { refusal: 'This address answered with JSON that cannot be read (it is not valid JSON).' };
    roots = [root];
  } else if (HTML_TYPES.has(type) || (!type && !looksJson)) {
    roots = jsonLdBlocks(text);
  } else {
    return { refusal: `This address answered with ${type || 'something unnamed'}: ClaimReviews are read from web pages and JSON feeds.` };
  }
  const read = collectClaimReviews(roots);
  return read.found === 0 ? { refusal: NONE_FOUND } : read;
}
