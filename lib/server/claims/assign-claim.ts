import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { displayName } from '@/lib/users/display-name';
import { recordActivity } from '../activity/record-activity';
import { notify } from '../notifications/notify';
import { claimLabel, lockClaim } from './lock-claim';

/** Gives a claim to a member who can check it (or to nobody), and tells them. */
export async function assignClaim({
  workspaceId,
  userId,
  claimId,
  version,
  assigneeId,
}: {
  workspaceId: string;
  userId: string;
  claimId: string;
  version: number;
  assigneeId: string | null;
}) {
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId, version });
    if (assigneeId) {
      const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: assigneeId } }, select: { role: true } });
      if (!member) throw new AppError('invalid', 'Claims can only be assigned to members of this workspace.');
      if (!can(member.role, 'claim.verify')) throw new AppError('invalid', 'Viewers cannot check claims: assign it to a checker, editor or owner.');
    }
    if (claim.assigneeId === assigneeId) return { id: claim.id, version: claim.version };
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { assigneeId, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'claim.assigned',
      entityType: 'Claim',
      entityId: claimId,
      documentId: claim.annotation.documentId,
      claimId,
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId },
    });
    const actor = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    await notify(tx, [assigneeId], {
      workspaceId,
      actorId: userId,
      kind: 'assignment',
      message: `${displayName(actor)} assigned you ${claimLabel(claim)}.`,
      documentId: claim.annotation.documentId,
      annotationId: claim.annotation.id,
      claimId,
    });
    return updated;
  });
}
