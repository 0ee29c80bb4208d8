import 'server-only';
import { getDb } from '@/lib/db';

/** Marks the caller's notifications read: the ones named, or all. Others' ids are simply not theirs. */
export async function markNotificationsRead({ userId, notificationIds }: { userId: string; notificationIds?: string[] }) {
  const { count } = await getDb().notification.updateMany({
    where: { userId, readAt: null, ...(notificationIds ? { id: { in: notificationIds } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
