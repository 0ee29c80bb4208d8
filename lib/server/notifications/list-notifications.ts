import 'server-only';
import { getDb } from '@/lib/db';

/**
 * The caller's notifications across their workspaces, newest first, each with the address that
 * opens it: the document with the annotation selected. Only workspaces they still belong to.
 */
export async function listNotifications({ userId, take = 100 }: { userId: string; take?: number }) {
  const notifications = await getDb().notification.findMany({
    where: { userId, workspace: { memberships: { some: { userId } } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      kind: true,
      message: true,
      documentId: true,
      annotationId: true,
      readAt: true,
      createdAt: true,
      workspace: { select: { slug: true, name: true } },
    },
  });
  return notifications.map(({ workspace, ...notification }) => ({ ...notification, workspace, href: notificationHref(workspace.slug, notification) }));
}

export type NotificationView = Awaited<ReturnType<typeof listNotifications>>[number];

function notificationHref(slug: string, { documentId, annotationId }: { documentId: string | null; annotationId: string | null }) {
  if (!documentId) return `/w/${slug}`;
  const document = `/w/${slug}/documents/${documentId}`;
  return annotationId ? `${document}?annotation=${encodeURIComponent(annotationId)}` : document;
}

/** How many of the caller's notifications are unread (the bell's number). */
export function countUnreadNotifications({ userId }: { userId: string }) {
  return getDb().notification.count({ where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } } });
}
