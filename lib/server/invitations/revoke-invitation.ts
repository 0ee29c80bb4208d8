import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';

export async function revokeInvitation({
  actorId,
  workspaceId,
  invitationId,
}: {
  actorId: string;
  workspaceId: string;
  invitationId: string;
}) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound('This invitation');
    await recordActivity(tx, { workspaceId, actorId, action: 'invitation.revoked', entityType: 'Invitation', entityId: invitationId });
  });
}
