import { apiRoute } from '@/lib/api/route';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';

/** Removes a piece of evidence (refused while a "verified" verdict rests on it alone). */
export const DELETE = apiRoute<{ evidenceId: string }>('claim.verify', async (_request, { user, membership, params }) => {
  await removeEvidence({ workspaceId: membership.workspace.id, userId: user.id, evidenceId: params.evidenceId });
});
