'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZMarkNotificationsRead } from '@/lib/schemas/notifications';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';

/** Marks the caller's own notifications read: those named, or all of them. */
export const markNotificationsReadAction = userAction(ZMarkNotificationsRead, async ({ user, input }) =>
  markNotificationsRead({ userId: user.id, notificationIds: input.notificationIds }),
);
