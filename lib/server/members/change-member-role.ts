import 'server-only';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { assertAnotherOwnerRemains } from './lock-owners';

/** Changes a member's role (the caller is an owner: checked by the action); 409 when it changed since `version`. */
export async function changeMemberRole({
  actorId,
  workspaceId,
  membershipId,
  version,
  role,
}: {
  actorId: string;
  workspaceId: string;
  membershipId: string;
  version: number;
  role: WorkspaceRole;
}) {
  return getDb().$transaction(async (tx) => {
    const found = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { role: true } });
    if (!found) throw notFound('This member');
    // Owners' rows are locked before this one, in the same order as every owner change, so two
    // owners demoting each other wait for each other instead of deadlocking.
    if (found.role === 'owner' && role !== 'owner') await assertAnotherOwnerRemains(tx, workspaceId, membershipId);
    await lockForWrite(tx, { table: 'Membership', id: membershipId, workspaceId, expected: version, what: 'This member' });
    const member = await tx.membership.findUniqueOrThrow({
      where: { id: membershipId },
      select: { role: true, userId: true, version: true },
    });
    if (member.role === role) return { changed: false, version: member.version };
    if (member.role === 'owner') await assertAnotherOwnerRemains(tx, workspaceId, membershipId);
    const updated = await tx.membership.update({
      where: { id: membershipId },
      data: { role, version: { increment: 1 } },
      select: { version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: 'membership.role_changed',
      entityType: 'Membership',
      entityId: membershipId,
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role },
    });
    return { changed: true, version: updated.version };
  });
}
