'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMutation } from '@/components/forms/use-mutation';
import { markNotificationsReadAction } from '@/lib/actions/notifications';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { formatLocalDateTime as when } from '@/components/ui/local-date-time';

export type NotificationItem = {
  id: string;
  kind: string;
  message: string;
  href: string;
  readAt: Date | null;
  createdAt: Date;
  workspace: { name: string };
};

/** Kinds that carry a label in words, so a dead link or changed words stand out from mentions and reviews. */
const SOURCE_KIND_LABELS: Record<string, { label: string; className: string }> = {
  source_changed: { label: 'Source changed', className: 'border-amber-300 bg-amber-50 text-amber-900' },
  source_gone: { label: 'Source gone', className: 'border-red-300 bg-red-50 text-red-800' },
  words_changed: { label: 'Words changed', className: 'border-amber-300 bg-amber-50 text-amber-900' },
};

/** The caller's notifications; opening one marks it read, and “Mark all read” marks them all. */
export function NotificationList({ notifications }: { notifications: NotificationItem[] }) {
  const router = useRouter();
  const markRead = useMutation(markNotificationsReadAction);
  const unread = notifications.filter((notification) => !notification.readAt).length;

  async function open(event: React.MouseEvent<HTMLAnchorElement>, notification: NotificationItem) {
    if (notification.readAt) return;
    const inNewTab = event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0;
    if (inNewTab) return void markRead.run({ notificationIds: [notification.id] });
    event.preventDefault();
    await markRead.run({ notificationIds: [notification.id] });
    router.push(notification.href);
  }

  if (notifications.length === 0)
    return <p className="text-sm text-muted">Nothing yet. Mentions, assignments and reviews of your verdicts will appear here.</p>;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center justify-between">
        <p className="text-sm text-muted" aria-live="polite">
          {unread === 0 ? 'All read.' : `${unread} unread`}
        </p>
        <Button variant="secondary" onClick={() => void markRead.run({})} disabled={unread === 0 || markRead.pending}>
          Mark all read
        </Button>
      </div>
      {markRead.error && <Alert>{markRead.error}</Alert>}
      <ul className="divide-y divide-rule rounded-md border border-rule bg-white" aria-label="Notifications">
        {notifications.map((notification) => (
          <li key={notification.id} data-testid="notification" data-unread={notification.readAt ? undefined : 'true'}>
            <Link
              href={notification.href}
              onClick={(event) => open(event, notification)}
              className={cn('flex gap-3 px-4 py-3 hover:bg-stone-50', !notification.readAt && 'bg-amber-50/60')}
            >
              <span
                aria-hidden="true"
                className={cn('mt-1.5 h-2 w-2 shrink-0 rounded-full', notification.readAt ? 'bg-transparent' : 'bg-accent')}
              />
              <span className="flex flex-col gap-0.5">
                <span className={cn('text-sm', !notification.readAt && 'font-medium')}>
                  {!notification.readAt && <span className="sr-only">Unread: </span>}
                  {SOURCE_KIND_LABELS[notification.kind] && (
                    <span
                      className={cn(
                        'mr-2 inline-block rounded-full border px-2 py-0.5 text-xs font-medium',
                        SOURCE_KIND_LABELS[notification.kind]!.className,
                      )}
                    >
                      {SOURCE_KIND_LABELS[notification.kind]!.label}
                    </span>
                  )}
                  {notification.message}
                </span>
                <span className="text-xs text-muted">
                  {notification.workspace.name} ·{' '}
                  <time dateTime={new Date(notification.createdAt).toISOString()} suppressHydrationWarning>
                    {when(notification.createdAt)}
                  </time>
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
