import { requirePageUser } from '@/lib/server/session/current-user';
import { listMyWorkspaces } from '@/lib/server/workspaces/list-my-workspaces';
import { AppHeader } from './app-header';

// Every page below also authenticates itself: a layout is not re-run on client navigation,
// so it can frame the page but must not be the only check.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const workspaces = await listMyWorkspaces({ userId: user.id });
  return (
    <>
      <AppHeader user={user} workspaces={workspaces.map(({ slug, name, role }) => ({ slug, name, role }))} />
      {children}
    </>
  );
}
