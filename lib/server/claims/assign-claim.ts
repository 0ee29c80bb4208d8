import 'server-only';
import { AppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { changeClaim, type ClaimWrite } from './change-claim';
import { claimLabel } from './lock-claim';

/** Gives a claim to a member who can check it (or to nobody), and tells them. */
export async function assignClaim({ assigneeId, ...write }: ClaimWrite & { assigneeId: string | null }) {
  const { id, version } = await changeClaim(write, async (claim, tx) => {
    if (assigneeId) {
      const member = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: write.workspaceId, userId: assigneeId } },
        select: { role: true },
      });
      if (!member) throw new AppError('invalid', 'Claims can only be assigned to members of this workspace.');
      if (!can(member.role, 'claim.verify'))
        throw new AppError('invalid', 'Viewers cannot check claims: assign it to a checker, editor or owner.');
    }
    if (claim.assigneeId === assigneeId) return null;
    return {
      data: { assigneeId },
      activity: { action: 'claim.assigned', before: { assigneeId: claim.assigneeId }, after: { assigneeId } },
      notices: [{ recipients: [assigneeId], kind: 'assignment', message: (actor) => `${actor} assigned you ${claimLabel(claim)}.` }],
    };
  });
  return { id, version };
}
