import 'server-only';
import type { Db, DbTransaction } from '@/lib/db';
import type { AccountEventKind } from '@/lib/generated/prisma/enums';
import { clientIp } from '@/lib/server/session/client-ip';
import { deviceLabel } from '@/lib/server/session/device-label';
import { requestHeaders } from '@/lib/server/session/request-headers';

/** How long an account's security activity is kept. */
export const ACCOUNT_EVENTS_KEPT_DAYS = 180;

const MAX_DETAIL = 200;
const MAX_IP = 64;

/**
 * Writes one entry of the account's security activity, with the browser and address of the
 * request it came through (none outside a request, e.g. the command line), in `db`'s transaction
 * when it is one. Entries older than the kept period go at the same time.
 */
export async function recordAccountEvent(
  db: Db | DbTransaction,
  { userId, kind, detail }: { userId: string; kind: AccountEventKind; detail?: string },
  now = new Date(),
) {
  const request = await requestHeaders();
  const userAgent = request.get('user-agent');
  const ip = clientIp(request);
  await db.accountEvent.create({
    data: {
      userId,
      kind,
      deviceLabel: userAgent ? deviceLabel(userAgent) : null,
      ip: ip && ip !== 'unknown' ? ip.slice(0, MAX_IP) : null,
      detail: detail ? detail.slice(0, MAX_DETAIL) : null,
      at: now,
    },
    select: { id: true },
  });
  await db.accountEvent.deleteMany({ where: { userId, at: { lt: new Date(now.getTime() - ACCOUNT_EVENTS_KEPT_DAYS * 86_400_000) } } });
}
