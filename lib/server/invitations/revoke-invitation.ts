import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

export async function revokeInvitation({ actorId, workspaceId, invitationId }: { actorId: string; workspaceId: string; invitationId: string }) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound('This invitation');
    await tx.activity.create({
      data: { workspaceId, actorId, action: 'invitation.revoked', entityType: 'Invitation', entityId: invitationId },
    });
  });
}
