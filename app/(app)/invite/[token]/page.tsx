import { notFound } from 'next/navigation';
import { ROLE_DESCRIPTIONS } from '@/lib/roles';
import { ZInvitationToken } from '@/lib/schemas/members';
import { getInvitationByToken, UNUSABLE_INVITATION } from '@/lib/server/invitations/get-invitation-by-token';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { requirePageUser } from '@/lib/server/session/current-user';
import { AcceptInvitation } from './accept-invitation';

export const metadata = { title: 'Invitation' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const user = await requirePageUser();
  const parsed = ZInvitationToken.safeParse(await params);
  if (!parsed.success) notFound();
  const invitation = await orNotFound(getInvitationByToken(parsed.data.token));
  const inviter = invitation.invitedBy?.name ?? invitation.invitedBy?.email ?? 'A member';
  const isForSomeoneElse = invitation.email !== user.email;
  return (
    <main className="mx-auto max-w-lg px-6 py-16">
      <div className="rounded-xl border border-rule bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Join {invitation.workspace.name}</h1>
        <p className="mt-2 text-muted">
          {inviter} invited <strong className="text-ink">{invitation.email}</strong> as{' '}
          <strong className="text-ink">{invitation.role}</strong>.
        </p>
        <p className="mt-1 text-sm text-muted">{ROLE_DESCRIPTIONS[invitation.role]}</p>
        {invitation.state !== 'pending' ? (
          <p className="mt-5 text-danger">{UNUSABLE_INVITATION[invitation.state]}</p>
        ) : isForSomeoneElse ? (
          <p className="mt-5 text-danger">
            You are signed in as {user.email}. Sign out and sign in (or create an account) with {invitation.email} to accept.
          </p>
        ) : (
          <AcceptInvitation token={parsed.data.token} />
        )}
      </div>
    </main>
  );
}
