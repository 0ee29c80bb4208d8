import 'server-only';
import { getDb } from '@/lib/db';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { INVITATION_TTL_MS, invitationPath, newInvitationToken } from './invitation-token';

/**
 * Invites `email` with `role`. Editors may invite anyone but owners; an earlier pending invitation
 * for the same email is replaced. Returns the link path — the only time the token is available.
 */
export async function createInvitation({
  actorId,
  actorRole,
  workspaceId,
  email,
  role,
}: {
  actorId: string;
  actorRole: WorkspaceRole;
  workspaceId: string;
  email: string;
  role: WorkspaceRole;
}) {
  if (role === 'owner' && actorRole !== 'owner') throw new AppError('forbidden', 'Only owners can invite owners.');
  const { token, tokenHash } = newInvitationToken();
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } });
    if (existing) throw new AppError('conflict', `${email} is already a member of this workspace.`, { email: ['Already a member.'] });
    await tx.invitation.updateMany({
      where: { workspaceId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: { workspaceId, email, role, tokenHash, invitedById: actorId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: 'invitation.created',
      entityType: 'Invitation',
      entityId: invitation.id,
      after: { email, role, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { ...invitation, path: invitationPath(token) };
  });
}
