import { readQuery } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZApiRemoveEvidenceQuery } from '@/lib/schemas/evidence';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';

/**
 * Removes a piece of evidence. With `?version=`, refused (409) when the evidence changed since
 * that version was read; refused (409) on a reviewed claim, and on one whose verdict awaits
 * review unless `?sendBack=true` (which sends it back to in progress).
 */
export const DELETE = apiRoute(API.removeEvidence, async (request, { user, membership, params }) => {
  const { version, sendBack } = readQuery(request, ZApiRemoveEvidenceQuery);
  await removeEvidence({ workspaceId: membership.workspace.id, userId: user.id, evidenceId: params.evidenceId, version, sendBack });
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
