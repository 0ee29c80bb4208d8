import 'server-only';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { assertAnotherOwnerRemains } from './lock-owners';

/** Changes a member's role (the caller is an owner: checked by the action). */
export async function changeMemberRole({
  actorId,
  workspaceId,
  membershipId,
  role,
}: {
  actorId: string;
  workspaceId: string;
  membershipId: string;
  role: WorkspaceRole;
}) {
  return getDb().$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { role: true, userId: true } });
    if (!member) throw notFound('This member');
    if (member.role === role) return { changed: false };
    if (member.role === 'owner') await assertAnotherOwnerRemains(tx, workspaceId, membershipId);
    await tx.membership.update({ where: { id: membershipId }, data: { role } });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: 'membership.role_changed',
      entityType: 'Membership',
      entityId: membershipId,
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role },
    });
    return { changed: true };
  });
}
