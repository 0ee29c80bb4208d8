import Link from 'next/link';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { Button } from '@/components/ui/button';
import type { CurrentUser } from '@/lib/server/session/current-user';
import { signOutAction } from '@/lib/actions/auth';
import { WorkspaceSwitcher, type SwitcherWorkspace } from './workspace-switcher';

export function AppHeader({ user, workspaces }: { user: CurrentUser; workspaces: SwitcherWorkspace[] }) {
  return (
    <header className="border-b border-rule bg-white/80 backdrop-blur">
      <div className="mx-auto flex min-h-14 max-w-6xl items-center justify-between gap-2 px-4 sm:gap-4 sm:px-6">
        <div className="flex min-w-0 items-center gap-2 sm:gap-4">
          <Link href="/w" className="font-reading text-xl tracking-tight">
            Margin
          </Link>
          <WorkspaceSwitcher workspaces={workspaces} />
        </div>
        <div className="flex shrink-0 items-center gap-1 text-sm">
          <NotificationBell userId={user.id} />
          <Link
            href="/account"
            className="max-w-[7rem] truncate rounded-md px-2 py-2 text-muted hover:bg-stone-100 hover:text-ink sm:max-w-[14rem] sm:px-3"
            data-testid="current-user"
          >
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
