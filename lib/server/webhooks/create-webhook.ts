import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { checkWebhookUrl } from './check-webhook-url';
import { asWebhookView, WEBHOOK_FIELDS } from './webhook-fields';
import { newWebhookSecret, sealWebhookSecret } from './webhook-secret';

/** Webhooks one workspace may have: each event is queued once per webhook. */
export const MAX_WEBHOOKS = 20;

/**
 * Adds a webhook to the workspace with a new signing secret, returned this once with it (the
 * settings page can reveal it again). The address must pass the SSRF guard now, not only when sent.
 */
export async function createWebhook({
  workspaceId,
  userId,
  url,
  description,
  events,
}: {
  workspaceId: string;
  userId: string;
  url: string;
  description: string;
  events: WebhookEventType[];
}) {
  const checked = await checkWebhookUrl(url);
  if ((await getDb().webhook.count({ where: { workspaceId } })) >= MAX_WEBHOOKS) {
    throw new AppError('conflict', `A workspace can have ${MAX_WEBHOOKS} webhooks: delete one first.`);
  }
  const secret = newWebhookSecret();
  const webhook = await getDb().webhook.create({
    data: { workspaceId, createdById: userId, url: checked, description, events, secretSealed: sealWebhookSecret(secret) },
    select: WEBHOOK_FIELDS,
  });
  return { ...asWebhookView(webhook), secret };
}
