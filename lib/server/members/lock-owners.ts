import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Refuses a change that would leave the workspace without an owner. Locks the owners' rows
 * first, so two owners demoting each other at the same moment cannot both succeed.
 * Not a versioned write, so not lockForWrite: it locks a set of rows (every owner of the
 * workspace) to check an invariant across them; the member being changed is then locked by
 * lockForWrite like any other row.
 */
export async function assertAnotherOwnerRemains(tx: DbTransaction, workspaceId: string, leavingMembershipId: string) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'owner' FOR UPDATE`;
  if (owners.every((owner) => owner.id === leavingMembershipId)) {
    throw new AppError('conflict', 'A workspace needs at least one owner. Make someone else an owner first.');
  }
}
