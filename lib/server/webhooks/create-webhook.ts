import 'server-only';
import { getDb } from '@/lib/db';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { checkWebhookUrl } from './check-webhook-url';
import { asWebhookView, WEBHOOK_FIELDS } from './webhook-fields';
import { newWebhookSecret, sealWebhookSecret } from './webhook-secret';

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
  const secret = newWebhookSecret();
  const webhook = await getDb().webhook.create({
    data: { workspaceId, createdById: userId, url: checked, description, events, secretSealed: sealWebhookSecret(secret) },
    select: WEBHOOK_FIELDS,
  });
  return { ...asWebhookView(webhook), secret };
}
