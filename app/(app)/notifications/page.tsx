import type { Metadata } from 'next';
import { LiveIndicator } from '@/components/live/live-indicator';
import { LiveProvider } from '@/components/live/live-provider';
import { NotificationList } from '@/components/notifications/notification-list';
import { newestLiveEventId } from '@/lib/server/live/replay';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { requirePageUser } from '@/lib/server/session/current-user';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requirePageUser();
  // Read before the data: the user's live stream replays whatever arrives after this.
  const since = await newestLiveEventId();
  const notifications = await listNotifications({ userId: user.id });
  return (
    <main className="page page-text">
      {/* The user's own stream: new notifications refresh the list and the header's bell. */}
      <LiveProvider since={since}>
        <div className="mb-6 flex items-center justify-between gap-4">
          <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
          <LiveIndicator />
        </div>
        <NotificationList
          notifications={notifications.map(({ id, kind, message, href, readAt, createdAt, workspace }) => ({
            id,
            kind,
            message,
            href,
            readAt,
            createdAt,
            workspace: { name: workspace.name },
          }))}
        />
      </LiveProvider>
    </main>
  );
}
