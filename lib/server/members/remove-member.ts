import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { assertAnotherOwnerRemains } from './lock-owners';

/**
 * Removes a member, or lets a member leave (actor = member). The last owner can do neither.
 * With `version`, refused (409) when the membership changed (e.g. a new role) since it was read.
 */
export async function removeMember({
  actorId,
  workspaceId,
  membershipId,
  version,
}: {
  actorId: string;
  workspaceId: string;
  membershipId: string;
  version?: number;
}) {
  return getDb().$transaction(async (tx) => {
    const found = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { role: true } });
    if (!found) throw notFound('This member');
    if (found.role === 'owner') await assertAnotherOwnerRemains(tx, workspaceId, membershipId); // owners first: see change-member-role
    await lockForWrite(tx, { table: 'Membership', id: membershipId, workspaceId, expected: version, what: 'This member' });
    const member = await tx.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { role: true, userId: true } });
    if (member.role === 'owner') await assertAnotherOwnerRemains(tx, workspaceId, membershipId);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: member.userId === actorId ? 'membership.left' : 'membership.removed',
      entityType: 'Membership',
      entityId: membershipId,
      before: { userId: member.userId, role: member.role },
    });
  });
}
