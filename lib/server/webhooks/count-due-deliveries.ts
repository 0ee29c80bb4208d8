import 'server-only';
import { getDb } from '@/lib/db';

/** Deliveries due and not taken, of enabled webhooks, across all instances (the job's queue depth). */
export async function countDueDeliveries(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "WebhookDelivery" d JOIN "Webhook" w ON w.id = d."webhookId"
    WHERE d.status = 'pending' AND d."nextAttemptAt" <= now() AND w.enabled`;
  return row?.n ?? 0;
}
