import { requirePageUser } from '@/lib/server/session/current-user';
import { AppHeader } from './app-header';

// Every page below also authenticates itself: a layout is not re-run on client navigation,
// so it can frame the page but must not be the only check.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      {children}
    </>
  );
}
