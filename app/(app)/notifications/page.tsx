import type { Metadata } from 'next';
import { NotificationList } from '@/components/notifications/notification-list';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { requirePageUser } from '@/lib/server/session/current-user';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requirePageUser();
  const notifications = await listNotifications({ userId: user.id });
  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Notifications</h1>
      <NotificationList notifications={notifications.map(({ id, kind, message, href, readAt, createdAt, workspace }) => ({ id, kind, message, href, readAt, createdAt, workspace: { name: workspace.name } }))} />
    </main>
  );
}
