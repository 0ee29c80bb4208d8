import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { DELIVERY_FIELDS } from './webhook-fields';

/** The delivery log of a webhook of the workspace: its last `limit` deliveries, newest first. */
export async function listWebhookDeliveries({
  workspaceId,
  webhookId,
  limit = 50,
}: {
  workspaceId: string;
  webhookId: string;
  limit?: number;
}) {
  const webhook = await getDb().webhook.findFirst({ where: { id: webhookId, workspaceId }, select: { id: true } });
  if (!webhook) throw notFound('This webhook');
  return getDb().webhookDelivery.findMany({
    where: { webhookId },
    select: DELIVERY_FIELDS,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
}
