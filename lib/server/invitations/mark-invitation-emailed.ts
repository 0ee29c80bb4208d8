import 'server-only';
import { getDb } from '@/lib/db';

/** The invitation's link went to its address by email: accepting it will verify that address. */
export async function markInvitationEmailed(invitationId: string) {
  await getDb().invitation.update({ where: { id: invitationId }, data: { emailedAt: new Date() }, select: { id: true } });
}
