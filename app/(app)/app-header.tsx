import Link from 'next/link';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { Button } from '@/components/ui/button';
import type { CurrentUser } from '@/lib/server/session/current-user';
import { signOutAction } from '@/lib/actions/auth';
import { WorkspaceSwitcher, type SwitcherWorkspace } from './workspace-switcher';

export function AppHeader({ user, workspaces }: { user: CurrentUser; workspaces: SwitcherWorkspace[] }) {
  return (
    <header className="border-b border-rule bg-white/80 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-6">
        <div className="flex items-center gap-4">
          <Link href="/w" className="font-reading text-xl tracking-tight">
            Margin
          </Link>
          <WorkspaceSwitcher workspaces={workspaces} />
        </div>
        <div className="flex items-center gap-1 text-sm">
          <NotificationBell userId={user.id} />
          <Link href="/account" className="rounded-md px-3 py-2 text-muted hover:bg-stone-100 hover:text-ink" data-testid="current-user">
            {user.name ?? user.email}
          </Link>
          <form action={signOutAction}>
            <Button variant="ghost" type="submit">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
