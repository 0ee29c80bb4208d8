import { readQuery } from '@/lib/http/read-request';
import { apiRoute } from '@/lib/http/token-routes';
import { ZApiVersionQuery } from '@/lib/schemas/version';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';

/**
 * Removes a piece of evidence (refused while a "verified" verdict rests on it alone). With
 * `?version=`, refused (409) when the evidence changed since that version was read.
 */
export const DELETE = apiRoute<{ evidenceId: string }>('claim.verify', async (request, { user, membership, params }) => {
  const { version } = readQuery(request, ZApiVersionQuery);
  await removeEvidence({ workspaceId: membership.workspace.id, userId: user.id, evidenceId: params.evidenceId, version });
});
