'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZBulkAssign, ZBulkStep } from '@/lib/schemas/claim-bulk';
import { ZAssignClaim, ZClaimStep, ZLinkClaim, ZUnlinkClaim, ZUpdateClaim } from '@/lib/schemas/claims';
import { bulkAssignClaims } from '@/lib/server/claims/bulk-assign-claims';
import { bulkClaimStep } from '@/lib/server/claims/bulk-claim-step';
import { assignClaim } from '@/lib/server/claims/assign-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { takeMemberClaimStep } from '@/lib/server/claims/take-claim-step';
import { updateClaimStatement } from '@/lib/server/claims/update-claim';
import { linkSameClaim, unlinkClaim } from '@/lib/server/matching/link-claims';

// A change of one claim answers with the claim as its panel shows it (the panel's cache takes it:
// no second request to read it).

export const updateClaimAction = workspaceAction('claim.verify', ZUpdateClaim, async ({ user, membership, input }) => {
  await updateClaimStatement({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  return getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId });
});

export const assignClaimAction = workspaceAction('claim.assign', ZAssignClaim, async ({ user, membership, input }) => {
  await assignClaim({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  return getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId });
});

export const claimStepAction = workspaceAction('claim.verify', ZClaimStep, async ({ user, membership, input }) => {
  await takeMemberClaimStep({ user, membership }, input);
  return getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId });
});

export const linkSameClaimAction = workspaceAction('claim.verify', ZLinkClaim, async ({ user, membership, input }) => {
  await linkSameClaim({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  return getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId });
});

export const unlinkClaimAction = workspaceAction('claim.verify', ZUnlinkClaim, async ({ user, membership, input }) => {
  await unlinkClaim({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  return getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId: input.claimId });
});

export const bulkAssignClaimsAction = workspaceAction('claim.assign', ZBulkAssign, async ({ user, membership, input }) =>
  bulkAssignClaims({ workspaceId: membership.workspace.id, userId: user.id, claims: input.claims, assigneeId: input.assigneeId }),
);

export const bulkClaimStepAction = workspaceAction('claim.verify', ZBulkStep, async ({ user, membership, input }) => {
  const { claims, ...step } = input;
  return bulkClaimStep({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, claims, step });
});
