import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ClaimReviewFileError, parseClaimReviews } from '@/lib/matching/claim-reviews';

/**
 * Imports the ClaimReviews of a JSON-LD file into the workspace's library of published fact
 * checks, once per address (an address already there is left as it is). Answers how many were
 * added, were there already, and were skipped (no claim, no http(s) address, past the cap).
 */
export async function importFactChecks({ workspaceId, userId, json }: { workspaceId: string; userId: string; json: string }) {
  let parsed: ReturnType<typeof parseClaimReviews>;
  try {
    parsed = parseClaimReviews(json);
  } catch (error) {
    if (error instanceof ClaimReviewFileError) throw new AppError('invalid', error.message);
    throw error;
  }
  const { count } = await getDb().publishedFactCheck.createMany({
    data: parsed.reviews.map((review) => ({ ...review, workspaceId, importedById: userId })),
    skipDuplicates: true,
  });
  return { added: count, alreadyThere: parsed.reviews.length - count, skipped: parsed.skipped };
}

/** How many published fact checks the workspace's library holds. */
export const countFactChecks = (workspaceId: string) => getDb().publishedFactCheck.count({ where: { workspaceId } });
