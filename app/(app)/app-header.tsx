import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { CurrentUser } from '@/lib/server/session/current-user';
import { signOutAction } from './actions';

export function AppHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="border-b border-rule bg-white/80 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between px-6">
        <Link href="/w" className="font-reading text-xl tracking-tight">
          Margin
        </Link>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-muted" data-testid="current-user">
            {user.name ?? user.email}
          </span>
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
