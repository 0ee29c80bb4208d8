import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Takes up to `limit` pending deliveries whose time has come, of enabled webhooks, for this
 * instance: their nextAttemptAt moves a lease ahead in the same statement, and `SKIP LOCKED`
 * makes concurrent instances take distinct rows. An attempt that dies is retried when its lease
 * runs out. `workspaceId` narrows it (tests).
 */
export async function claimDueDeliveries({
  limit,
  leaseMs,
  workspaceId = null,
}: {
  limit: number;
  leaseMs: number;
  workspaceId?: string | null;
}) {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    WITH due AS (
      SELECT d.id FROM "WebhookDelivery" d JOIN "Webhook" w ON w.id = d."webhookId"
      WHERE d.status = 'pending' AND d."nextAttemptAt" <= now() AND w.enabled
        AND (${workspaceId}::text IS NULL OR w."workspaceId" = ${workspaceId})
      ORDER BY d."nextAttemptAt" ASC
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "WebhookDelivery" AS delivery
    SET "nextAttemptAt" = now() + ${leaseMs} * interval '1 millisecond'
    FROM due WHERE delivery.id = due.id
    RETURNING delivery.id`;
  return rows.map((row) => row.id);
}

/**
 * Takes a delivery that is over (delivered or given up) to send it again now: pending again with
 * its attempts forgotten, held from the job for `leaseMs`. False when it is still pending.
 */
export async function takeForRedelivery(deliveryId: string, leaseMs: number): Promise<boolean> {
  const { count } = await getDb().webhookDelivery.updateMany({
    where: { id: deliveryId, status: { not: 'pending' } },
    data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(Date.now() + leaseMs) },
  });
  return count === 1;
}
