import 'server-only';
import { getDb } from '@/lib/db';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { checkWebhookUrl } from './check-webhook-url';
import { asWebhookView, WEBHOOK_FIELDS } from './webhook-fields';

export type WebhookEdit = { url?: string; description?: string; events?: WebhookEventType[]; enabled?: boolean };

/**
 * Edits a webhook at `version` (409 stale otherwise). A new address passes the SSRF guard first;
 * turning a webhook on again forgets the failures that turned it off.
 */
export async function updateWebhook({
  workspaceId,
  webhookId,
  version,
  ...edit
}: { workspaceId: string; webhookId: string; version: number } & WebhookEdit) {
  const url = edit.url === undefined ? undefined : await checkWebhookUrl(edit.url);
  return getDb().$transaction(async (tx) => {
    await lockForWrite(tx, { table: 'Webhook', id: webhookId, workspaceId, expected: version, what: 'This webhook' });
    const webhook = await tx.webhook.update({
      where: { id: webhookId },
      data: {
        url,
        description: edit.description,
        events: edit.events,
        enabled: edit.enabled,
        ...(edit.enabled === true ? { consecutiveFailures: 0, disabledReason: null } : {}),
        version: { increment: 1 },
      },
      select: WEBHOOK_FIELDS,
    });
    return asWebhookView(webhook);
  });
}

/** Deletes a webhook and its delivery log (with `version`, refused when it changed since). */
export async function deleteWebhook({ workspaceId, webhookId, version }: { workspaceId: string; webhookId: string; version?: number }) {
  await getDb().$transaction(async (tx) => {
    await lockForWrite(tx, { table: 'Webhook', id: webhookId, workspaceId, expected: version, what: 'This webhook' });
    await tx.webhook.delete({ where: { id: webhookId } });
  });
}
