'use server';

import { workspaceAction } from '@/lib/action';
import { ZBulkAssign, ZBulkStep } from '@/lib/schemas/claim-bulk';
import { bulkAssignClaims } from '@/lib/server/claims/bulk-assign-claims';
import { bulkClaimStep } from '@/lib/server/claims/bulk-claim-step';

export const bulkAssignClaimsAction = workspaceAction('claim.assign', ZBulkAssign, async ({ user, membership, input }) =>
  bulkAssignClaims({ workspaceId: membership.workspace.id, userId: user.id, claims: input.claims, assigneeId: input.assigneeId }),
);

export const bulkClaimStepAction = workspaceAction('claim.verify', ZBulkStep, async ({ user, membership, input }) => {
  const { claims, ...step } = input;
  return bulkClaimStep({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, claims, step });
});
