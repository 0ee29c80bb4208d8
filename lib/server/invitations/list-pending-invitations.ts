import 'server-only';
import { getDb } from '@/lib/db';

/** Invitations not yet accepted, revoked or expired, of a workspace the caller belongs to. */
export async function listPendingInvitations({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  return getDb().invitation.findMany({
    where: {
      workspaceId,
      workspace: { memberships: { some: { userId } } },
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, invitedBy: { select: { name: true, email: true } } },
  });
}
