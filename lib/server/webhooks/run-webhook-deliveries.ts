import 'server-only';
import { countJobItem } from '@/lib/server/ops/metrics';
import { attemptDelivery } from './attempt-delivery';
import { claimDueDeliveries } from './claim-due-deliveries';
import { webhookConfig } from './webhook-config';

export type WebhookRun = { attempted: number; failed: { deliveryId: string; error: unknown }[] };

/**
 * One run of the delivery job: takes due deliveries a batch at a time and attempts them,
 * `concurrency` at once, until none is due or `shouldStop()` says so. An attempt that throws
 * (the database went away…) is logged and retried when its lease runs out. `held` holds the ids
 * taken and not yet done, for the scheduler to give back when the instance stops.
 */
export async function runWebhookDeliveries({
  workspaceId = null,
  shouldStop = () => false,
  log = console,
  held = new Set<string>(),
}: {
  workspaceId?: string | null;
  shouldStop?: () => boolean;
  log?: Pick<Console, 'error'>;
  held?: Set<string>;
} = {}): Promise<WebhookRun> {
  const { batchSize, concurrency, leaseMs } = webhookConfig();
  const run: WebhookRun = { attempted: 0, failed: [] };
  while (!shouldStop()) {
    const due = await claimDueDeliveries({ limit: batchSize, leaseMs, workspaceId });
    if (due.length === 0) break;
    for (const deliveryId of due) held.add(deliveryId);
    const queue = [...due];
    const worker = async () => {
      // Once stopping, what is left in the queue stays held: the scheduler gives it back.
      for (let deliveryId = queue.shift(); deliveryId && !shouldStop(); deliveryId = queue.shift()) {
        try {
          await attemptDelivery(deliveryId);
          run.attempted++;
          countJobItem('webhook', 'done');
        } catch (error) {
          run.failed.push({ deliveryId, error });
          countJobItem('webhook', 'error');
          log.error(`Webhook delivery ${deliveryId} could not be attempted; it is retried later.`, error);
        } finally {
          held.delete(deliveryId);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    if (due.length < batchSize) break;
  }
  return run;
}
