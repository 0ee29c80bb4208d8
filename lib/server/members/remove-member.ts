import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { assertAnotherOwnerRemains } from './lock-owners';

/** Removes a member, or lets a member leave (actor = member). The last owner can do neither. */
export async function removeMember({ actorId, workspaceId, membershipId }: { actorId: string; workspaceId: string; membershipId: string }) {
  return getDb().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { role: true, userId: true } });
    if (!member) throw notFound('This member');
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
