import 'server-only';
import { getDb } from '@/lib/db';

export type SessionListItem = {
  id: string;
  deviceLabel: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
};

const MAX_LISTED = 50;

/** The user's sessions that still work, most recently seen first; `currentSessionId` is this browser's. */
export async function listSessions({
  userId,
  currentSessionId,
}: {
  userId: string;
  currentSessionId: string | null;
}): Promise<SessionListItem[]> {
  const rows = await getDb().signInSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
    take: MAX_LISTED,
    select: { id: true, deviceLabel: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  return rows.map((row) => ({ ...row, isCurrent: row.id === currentSessionId }));
}
