'use server';

import { workspaceAction, workspaceQuery } from '@/lib/actions/define-action';
import { ZBulkAssign, ZBulkStep } from '@/lib/schemas/claim-bulk';
import { ZAssignClaim, ZClaimRef, ZClaimStep, ZUpdateClaim } from '@/lib/schemas/claims';
import { bulkAssignClaims } from '@/lib/server/claims/bulk-assign-claims';
import { bulkClaimStep } from '@/lib/server/claims/bulk-claim-step';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';

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

export const bulkAssignClaimsAction = workspaceAction('claim.assign', ZBulkAssign, async ({ user, membership, input }) =>
  bulkAssignClaims({ workspaceId: membership.workspace.id, userId: user.id, claims: input.claims, assigneeId: input.assigneeId }),
);

export const bulkClaimStepAction = workspaceAction('claim.verify', ZBulkStep, async ({ user, membership, input }) => {
  const { claims, ...step } = input;
  return bulkClaimStep({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, claims, step });
});
