'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZAddEvidence, ZRemoveEvidence } from '@/lib/schemas/evidence';
import { addEvidenceFromInput } from '@/lib/server/evidence/add-evidence';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';

export const addEvidenceAction = workspaceAction('claim.verify', ZAddEvidence, async ({ user, membership, input }) =>
  addEvidenceFromInput({ workspaceId: membership.workspace.id, userId: user.id, input }),
);

export const removeEvidenceAction = workspaceAction('claim.verify', ZRemoveEvidence, async ({ user, membership, input }) =>
  removeEvidence({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
