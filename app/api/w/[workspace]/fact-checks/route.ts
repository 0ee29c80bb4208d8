// POST a ClaimReview JSON-LD file (multipart field "file", 2 MB at most) to add the fact checks it
// holds to the workspace's library of published ones, against which claims are matched (issue 22).
// Answers { added, alreadyThere, skipped }; a file that is not JSON or holds no ClaimReview is 422.
import { MAX_CLAIM_REVIEW_BYTES } from '@/lib/matching/claim-reviews';
import { readFormFile } from '@/lib/http/read-upload';
import { workspaceRoute } from '@/lib/http/session-routes';
import { importFactChecks } from '@/lib/server/matching/import-fact-checks';

const TOO_LARGE = 'This file is too large: ClaimReview files of up to 2 MB are read.';

// A file chosen in a form; the browser posts it from this site's pages only (lib/http/cross-origin.ts).
const IMPORT_ROUTE = { permission: 'claim.verify', accepts: ['multipart/form-data'] } as const;

export const POST = workspaceRoute(IMPORT_ROUTE, async (request, { user, membership }) => {
  const { file } = await readFormFile(request, MAX_CLAIM_REVIEW_BYTES, TOO_LARGE, 'Choose a ClaimReview JSON-LD file.', 'upload');
  const imported = await importFactChecks({ workspaceId: membership.workspace.id, userId: user.id, json: await file.text() });
  return Response.json(imported, { status: 201 });
});
