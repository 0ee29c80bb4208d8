import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { MAX_CLAIM_REVIEW_PAGE_BYTES } from '@/lib/matching/claim-review-page';
import { ClaimReviewFileError, parseClaimReviews, type PublishedReview } from '@/lib/matching/claim-reviews';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';
import { readClaimReviewPage } from '@/lib/server/work/heavy-jobs';

type Scope = { workspaceId: string; userId: string };

/**
 * Adds fact checks to the workspace's library of published ones, once per address (an address
 * already there is left as it is). Answers how many were added, were there already, and were
 * skipped (no claim, no http(s) address, past the cap).
 */
async function addToLibrary({ workspaceId, userId }: Scope, { reviews, skipped }: { reviews: PublishedReview[]; skipped: number }) {
  const { count } = await getDb().publishedFactCheck.createMany({
    data: reviews.map((review) => ({ ...review, workspaceId, importedById: userId })),
    skipDuplicates: true,
  });
  return { added: count, alreadyThere: reviews.length - count, skipped };
}

/** Imports the ClaimReviews of a JSON-LD file into the library (422 when it is not JSON or holds none). */
export async function importFactChecks({ json, ...scope }: Scope & { json: string }) {
  let parsed: ReturnType<typeof parseClaimReviews>;
  try {
    parsed = parseClaimReviews(json);
  } catch (error) {
    if (error instanceof ClaimReviewFileError) throw new AppError('invalid', error.message);
    throw error;
  }
  return addToLibrary(scope, parsed);
}

const refused = (message: string) => new AppError('invalid', message, { url: [message] });

/**
 * Imports the ClaimReviews at a web address — a published fact check's page (its JSON-LD markup)
 * or a JSON feed — fetched through the guarded fetch (public addresses only, 5 MB, 15 seconds).
 * Whatever goes wrong (refused address, no answer, too large, an error status, no ClaimReview)
 * is a 422 on the `url` field, and nothing is added.
 */
export async function importFactChecksFromAddress({ url, ...scope }: Scope & { url: string }) {
  let page: Awaited<ReturnType<typeof safeFetch>>;
  try {
    page = await safeFetch(url, { maxBytes: MAX_CLAIM_REVIEW_PAGE_BYTES });
  } catch (error) {
    if (error instanceof FetchRefused) throw refused(error.message);
    throw error;
  }
  if (page.status >= 400) throw refused(`The page answered with HTTP ${page.status}.`);
  const read = await readClaimReviewPage({ body: page.body, contentType: page.contentType });
  if ('refusal' in read) throw refused(read.refusal);
  return addToLibrary(scope, read);
}

/** How many published fact checks the workspace's library holds. */
export const countFactChecks = (workspaceId: string) => getDb().publishedFactCheck.count({ where: { workspaceId } });
