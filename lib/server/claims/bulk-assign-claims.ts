import 'server-only';
import { assignClaim } from './assign-claim';
import { forEachClaim, type SelectedClaim } from './bulk-claims';

/** Assigns each selected claim as one assignment would, and reports the ones refused. */
export function bulkAssignClaims({
  workspaceId,
  userId,
  claims,
  assigneeId,
}: {
  workspaceId: string;
  userId: string;
  claims: SelectedClaim[];
  assigneeId: string | null;
}) {
  return forEachClaim(workspaceId, claims, ({ claimId, version }) => assignClaim({ workspaceId, userId, claimId, version, assigneeId }));
}
