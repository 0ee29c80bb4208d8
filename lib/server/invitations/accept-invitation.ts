import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { markEmailVerified } from '@/lib/server/users/mark-email-verified';
import { UNUSABLE_INVITATION } from './get-invitation-by-token';
import { hashInvitationToken } from './invitation-token';

/**
 * Joins the invitation's workspace with its role, once: the invitation is claimed with a
 * conditional update in the same transaction, so two tabs cannot both use it. The signed-in
 * account must have the invited email; an invitation that was emailed also verifies it.
 */
export async function acceptInvitation({ userId, email, token }: { userId: string; email: string; token: string }) {
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      select: {
        id: true,
        email: true,
        role: true,
        workspaceId: true,
        acceptedAt: true,
        revokedAt: true,
        expiresAt: true,
        emailedAt: true,
        workspace: { select: { slug: true } },
      },
    });
    if (!invitation) throw notFound('This invitation');
    if (invitation.acceptedAt) throw new AppError('conflict', UNUSABLE_INVITATION.accepted);
    if (invitation.revokedAt) throw new AppError('conflict', UNUSABLE_INVITATION.revoked);
    if (invitation.expiresAt <= now) throw new AppError('conflict', UNUSABLE_INVITATION.expired);
    if (invitation.email !== email.toLowerCase()) {
      throw new AppError(
        'forbidden',
        `This invitation is for ${invitation.email}. You are signed in as ${email}: sign in with the invited address.`,
      );
    }
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: userId },
    });
    if (count === 0) throw new AppError('conflict', UNUSABLE_INVITATION.accepted);
    // A link that reached this person by email proves they read that mailbox; one handed over
    // by the inviter (no SMTP, or the email failed) proves nothing about the address.
    if (invitation.emailedAt) await markEmailVerified(tx, { userId, email: invitation.email, at: now });

    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
      select: { id: true },
    });
    if (!existing) {
      const membership = await tx.membership.create({
        data: { workspaceId: invitation.workspaceId, userId, role: invitation.role },
        select: { id: true },
      });
      await recordActivity(tx, {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: 'membership.added',
        entityType: 'Membership',
        entityId: membership.id,
        after: { userId, role: invitation.role, invitationId: invitation.id },
      });
    }
    return { slug: invitation.workspace.slug, alreadyMember: Boolean(existing) };
  });
}
