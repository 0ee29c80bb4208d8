import 'server-only';
import type { ClaimStep } from '@/lib/claims/workflow';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { forEachClaim, type SelectedClaim } from './bulk-claims';
import { takeClaimStep } from './take-claim-step';

/** Takes the same workflow step on each selected claim, under the rules of one at a time. */
export function bulkClaimStep({
  workspaceId,
  userId,
  role,
  claims,
  step,
}: {
  workspaceId: string;
  userId: string;
  role: WorkspaceRole;
  claims: SelectedClaim[];
  step: ClaimStep;
}) {
  return forEachClaim(workspaceId, claims, ({ claimId, version }) => takeClaimStep({ workspaceId, userId, role, claimId, version, step }));
}
