import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { asWebhookView, WEBHOOK_FIELDS } from './webhook-fields';

/** A webhook of the workspace; another workspace's answers "not found". */
export async function getWebhook({ workspaceId, webhookId }: { workspaceId: string; webhookId: string }) {
  const webhook = await getDb().webhook.findFirst({ where: { id: webhookId, workspaceId }, select: WEBHOOK_FIELDS });
  if (!webhook) throw notFound('This webhook');
  return asWebhookView(webhook);
}

export async function listWebhooks({ workspaceId }: { workspaceId: string }) {
  const webhooks = await getDb().webhook.findMany({ where: { workspaceId }, select: WEBHOOK_FIELDS, orderBy: { createdAt: 'asc' } });
  return webhooks.map(asWebhookView);
}
