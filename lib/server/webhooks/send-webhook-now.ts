import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { TEST_EVENT } from '@/lib/webhooks/events';
import { attemptDelivery } from './attempt-delivery';
import { takeForRedelivery } from './claim-due-deliveries';
import { enqueueWebhookEvent } from './enqueue-webhook-event';
import { webhookConfig } from './webhook-config';

/** "Send test event": a `webhook.test` event to this webhook (on or off), sent now; answers with its delivery. */
export async function sendTestEvent({ workspaceId, webhookId, userId }: { workspaceId: string; webhookId: string; userId: string }) {
  const { leaseMs } = webhookConfig();
  const [delivery] = await getDb().$transaction((tx) =>
    enqueueWebhookEvent(
      tx,
      {
        workspaceId,
        type: TEST_EVENT,
        data: { message: 'A test event from Margin: your endpoint receives and verifies webhooks.', sentBy: userId },
      },
      { webhookId, holdMs: leaseMs },
    ),
  );
  if (!delivery) throw notFound('This webhook');
  return (await attemptDelivery(delivery.id))!;
}

/** Sends a delivery that is over (delivered or given up) again now, with the same message id. */
export async function redeliverWebhook({
  workspaceId,
  webhookId,
  deliveryId,
}: {
  workspaceId: string;
  webhookId: string;
  deliveryId: string;
}) {
  const delivery = await getDb().webhookDelivery.findFirst({
    where: { id: deliveryId, webhookId, webhook: { workspaceId } },
    select: { id: true },
  });
  if (!delivery) throw notFound('This delivery');
  if (!(await takeForRedelivery(delivery.id, webhookConfig().leaseMs))) {
    throw new AppError('conflict', 'This delivery is still being attempted: wait for it to succeed or fail.');
  }
  return (await attemptDelivery(delivery.id))!;
}
