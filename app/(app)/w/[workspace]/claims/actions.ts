'use server';

import { workspaceAction, workspaceQuery } from '@/lib/action';
import { ZAddEvidence, ZAssignClaim, ZClaimRef, ZClaimStep, ZUpdateClaim } from '@/lib/schemas/claims';
import { ZRemoveEvidence } from '@/lib/schemas/evidence';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';

export const getClaimAction = workspaceQuery('workspace.read', ZClaimRef, async ({ membership, input }) =>
  getClaim({ workspaceId: membership.workspace.id, claimId: input.claimId }),
);

export const updateClaimAction = workspaceAction('claim.verify', ZUpdateClaim, async ({ user, membership, input }) =>
  updateClaimStatement({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const assignClaimAction = workspaceAction('claim.assign', ZAssignClaim, async ({ user, membership, input }) =>
  assignClaim({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const claimStepAction = workspaceAction('claim.verify', ZClaimStep, async ({ user, membership, input }) => {
  const { claimId, version, ...step } = input;
  return takeClaimStep({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, claimId, version, step });
});

export const addEvidenceAction = workspaceAction('claim.verify', ZAddEvidence, async ({ user, membership, input }) =>
  addEvidence({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId, source: input.url, stance: input.stance, quote: input.quote }),
);

export const removeEvidenceAction = workspaceAction('claim.verify', ZRemoveEvidence, async ({ user, membership, input }) =>
  removeEvidence({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
