import 'server-only';
import { getDb } from '@/lib/db';

const MAX_LISTED = 50;

/** The account's latest security activity, newest first: for its owner only. */
export async function listAccountEvents(userId: string) {
  return getDb().accountEvent.findMany({
    where: { userId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: MAX_LISTED,
    select: { id: true, kind: true, deviceLabel: true, ip: true, detail: true, at: true },
  });
}
