import { WorkspaceProvider } from '@/components/workspace/workspace-context';
import { can } from '@/lib/permissions';
import { listMembers } from '@/lib/server/members/list-members';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { WorkspaceNav } from './workspace-nav';

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const members = await listMembers({ userId: user.id, workspaceId: workspace.id });
  const tabs = [
    { href: `/w/${workspace.slug}`, label: 'Documents' },
    { href: `/w/${workspace.slug}/my-work`, label: 'My work' },
    { href: `/w/${workspace.slug}/claims`, label: 'Claims' },
    { href: `/w/${workspace.slug}/sources`, label: 'Sources' },
    { href: `/w/${workspace.slug}/tags`, label: 'Tags' },
    { href: `/w/${workspace.slug}/members`, label: 'Members' },
    ...(can(role, 'workspace.manage') || can(role, 'publishing.manage')
      ? [{ href: `/w/${workspace.slug}/settings`, label: 'Settings' }]
      : []),
  ];
  return (
    <WorkspaceProvider
      slug={workspace.slug}
      name={workspace.name}
      viewer={{ id: user.id, name: user.name ?? null, email: user.email }}
      role={role}
      members={members.map((member) => ({ ...member.user, role: member.role }))}
    >
      <WorkspaceNav tabs={tabs} />
      {children}
    </WorkspaceProvider>
  );
}
