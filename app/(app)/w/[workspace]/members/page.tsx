import { can } from '@/lib/permissions';
import { listPendingInvitations } from '@/lib/server/invitations/list-pending-invitations';
import { listMembers } from '@/lib/server/members/list-members';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { InviteForm } from './invite-form';
import { MemberRow } from './member-row';
import { PendingInvitations } from './pending-invitations';

export const metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const canInvite = can(role, 'members.invite');
  const [members, invitations] = await Promise.all([
    listMembers({ userId: user.id, workspaceId: workspace.id }),
    canInvite ? listPendingInvitations({ userId: user.id, workspaceId: workspace.id }) : [],
  ]);
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Members of {workspace.name}</h1>
      <ul className="mt-6 divide-y divide-rule rounded-xl border border-rule bg-white" aria-label="Members">
        {members.map((member) => (
          <MemberRow
            key={member.id}
            member={{
              id: member.id,
              version: member.version,
              role: member.role,
              userId: member.user.id,
              name: member.user.name,
              email: member.user.email,
            }}
          />
        ))}
      </ul>
      {canInvite && (
        <section className="mt-10">
          <h2 className="text-lg font-semibold">Invite someone</h2>
          <p className="mt-1 text-sm text-muted">The link works once, for that email address, for 7 days.</p>
          <InviteForm />
          <PendingInvitations
            invitations={invitations.map((invitation) => ({
              id: invitation.id,
              email: invitation.email,
              role: invitation.role,
              expiresAt: invitation.expiresAt.toISOString(),
            }))}
          />
        </section>
      )}
    </main>
  );
}
