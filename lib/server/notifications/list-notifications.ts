import 'server-only';
import { getDb } from '@/lib/db';

/**
 * The caller's notifications across their workspaces, newest first, each with the address that
 * opens it: the document with the annotation selected, or the source page for a source that changed or died. Only workspaces they still belong to.
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
      sourceId: true,
      readAt: true,
      createdAt: true,
      workspace: { select: { slug: true, name: true } },
    },
  });
  return notifications.map(({ workspace, ...notification }) => ({
    ...notification,
    workspace,
    href: notificationHref(workspace.slug, notification),
  }));
}

export type NotificationView = Awaited<ReturnType<typeof listNotifications>>[number];

type Target = { kind: string; documentId: string | null; annotationId: string | null; sourceId: string | null };

function notificationHref(slug: string, { kind, documentId, annotationId, sourceId }: Target) {
  // A source that changed or died: its page shows what changed and every claim relying on it.
  if ((kind === 'source_changed' || kind === 'source_gone') && sourceId) return `/w/${slug}/sources/${encodeURIComponent(sourceId)}`;
  if (!documentId) return `/w/${slug}`;
  const document = `/w/${slug}/documents/${documentId}`;
  return annotationId ? `${document}?annotation=${encodeURIComponent(annotationId)}` : document;
}

/** How many of the caller's notifications are unread (the bell's number). */
export function countUnreadNotifications({ userId }: { userId: string }) {
  return getDb().notification.count({ where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } } });
}
