import 'server-only';
import { attemptDelivery } from './attempt-delivery';
import { claimDueDeliveries } from './claim-due-deliveries';
import { webhookConfig } from './webhook-config';

export type WebhookRun = { attempted: number; failed: { deliveryId: string; error: unknown }[] };

/**
 * One run of the delivery job: takes due deliveries a batch at a time and attempts them,
 * `concurrency` at once, until none is due or `shouldStop()` says so. An attempt that throws
 * (the database went away…) is logged and retried when its lease runs out.
 */
export async function runWebhookDeliveries({
  workspaceId = null,
  shouldStop = () => false,
  log = console,
}: { workspaceId?: string | null; shouldStop?: () => boolean; log?: Pick<Console, 'error'> } = {}): Promise<WebhookRun> {
  const { batchSize, concurrency, leaseMs } = webhookConfig();
  const run: WebhookRun = { attempted: 0, failed: [] };
  while (!shouldStop()) {
    const due = await claimDueDeliveries({ limit: batchSize, leaseMs, workspaceId });
    if (due.length === 0) break;
    const queue = [...due];
    const worker = async () => {
      for (let deliveryId = queue.shift(); deliveryId; deliveryId = queue.shift()) {
        try {
          await attemptDelivery(deliveryId);
          run.attempted++;
        } catch (error) {
          run.failed.push({ deliveryId, error });
          log.error(`Webhook delivery ${deliveryId} could not be attempted; it is retried later.`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    if (due.length < batchSize) break;
  }
  return run;
}
