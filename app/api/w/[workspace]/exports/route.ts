// GET the claims of the workspace, or of one document (?document=<id>), as a file:
// ?format=csv|json|markdown|claimreview|w3c, filtered like the claim board (status defaults to
// reviewed; status=any for every status). Streamed from PostgreSQL page by page; any refusal
// (422, 404) is a JSON { code, error } answer before the first byte.
import { workspaceRoute } from '@/lib/http/session-routes';
import { exportClaimsResponse } from '@/lib/server/exports/export-response';

export const GET = workspaceRoute('export.read', (request, { user, membership }) =>
  exportClaimsResponse(request, { userId: user.id, workspace: membership.workspace }),
);
