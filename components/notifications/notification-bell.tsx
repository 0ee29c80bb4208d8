import Link from 'next/link';
import { countUnreadNotifications } from '@/lib/server/notifications/list-notifications';

/** The header's bell: the number of unread notifications, linking to them. */
export async function NotificationBell({ userId }: { userId: string }) {
  const unread = await countUnreadNotifications({ userId });
  return (
    <Link
      href="/notifications"
      className="relative rounded-md p-2 text-muted hover:bg-stone-100 hover:text-ink"
      aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
      data-testid="notification-bell"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-accent px-1 text-center text-[11px] leading-5 font-semibold text-white"
          data-testid="unread-count"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
