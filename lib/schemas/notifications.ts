import { z } from 'zod';

const ZId = z.string().min(1).max(64);

export const ZMarkNotificationsRead = z.object({
  /** none: all of the caller's unread notifications */
  notificationIds: z
    .union([ZId, z.array(ZId).max(500)])
    .optional()
    .transform((value) => (value === undefined ? undefined : [value].flat())),
});
