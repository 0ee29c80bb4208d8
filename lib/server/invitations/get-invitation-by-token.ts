import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { hashInvitationToken } from './invitation-token';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export const UNUSABLE_INVITATION: Record<Exclude<InvitationState, 'pending'>, string> = {
  accepted: 'This invitation has already been used.',
  revoked: 'This invitation was withdrawn. Ask whoever invited you for a new one.',
  expired: 'This invitation has expired. Ask whoever invited you for a new one.',
};

/** What the invitation page shows to whoever holds the link. */
export async function getInvitationByToken(token: string) {
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!invitation) throw notFound('This invitation');
  const state: InvitationState = invitation.acceptedAt
    ? 'accepted'
    : invitation.revokedAt
      ? 'revoked'
      : invitation.expiresAt <= new Date()
        ? 'expired'
        : 'pending';
  return { ...invitation, state };
}
