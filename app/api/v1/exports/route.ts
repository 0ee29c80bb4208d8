import { apiRoute } from '@/lib/http/token-routes';
import { exportClaimsResponse } from '@/lib/server/exports/export-response';

/** The claims as a file (?format=csv|json|markdown|claimreview|w3c), streamed as the UI's download is. */
export const GET = apiRoute('export.read', async (request, { user, membership }) =>
  exportClaimsResponse(request, { userId: user.id, workspace: membership.workspace }),
);
