import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/session/current-user';
import { loadWorkspaceForPage } from '@/lib/server/workspaces/load-workspace-for-page';
import { WorkspaceNav } from './workspace-nav';

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const user = await requirePageUser();
  const { workspace, role } = await loadWorkspaceForPage(user.id, (await params).workspace);
  const tabs = [
    { href: `/w/${workspace.slug}`, label: 'Documents' },
    { href: `/w/${workspace.slug}/claims`, label: 'Claims' },
    { href: `/w/${workspace.slug}/sources`, label: 'Sources' },
    { href: `/w/${workspace.slug}/tags`, label: 'Tags' },
    { href: `/w/${workspace.slug}/members`, label: 'Members' },
    ...(can(role, 'workspace.manage') ? [{ href: `/w/${workspace.slug}/settings`, label: 'Settings' }] : []),
  ];
  return (
    <>
      <WorkspaceNav tabs={tabs} />
      {children}
    </>
  );
}
