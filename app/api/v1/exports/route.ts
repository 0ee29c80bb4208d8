import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { exportClaimsResponse } from '@/lib/server/exports/export-response';

/** The claims as a file (?format=csv|json|markdown|claimreview|w3c), streamed as the UI's download is. */
export const GET = apiRoute(API.exportClaims, async (request, { user, membership }) =>
  exportClaimsResponse(request, { userId: user.id, workspace: membership.workspace }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
