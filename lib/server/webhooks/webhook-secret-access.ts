import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { newWebhookSecret, openWebhookSecret, sealWebhookSecret } from './webhook-secret';

/** The signing secret of a webhook of the workspace, for its owner to copy into the receiver. */
export async function revealWebhookSecret({ workspaceId, webhookId }: { workspaceId: string; webhookId: string }) {
  const webhook = await getDb().webhook.findFirst({
    where: { id: webhookId, workspaceId },
    select: { id: true, secretSealed: true },
  });
  if (!webhook) throw notFound('This webhook');
  return { id: webhook.id, secret: openWebhookSecret(webhook.secretSealed) };
}

/** A new signing secret: every delivery from now on is signed with it (the old one stops working at once). */
export async function rotateWebhookSecret({ workspaceId, webhookId }: { workspaceId: string; webhookId: string }) {
  const secret = newWebhookSecret();
  return getDb().$transaction(async (tx) => {
    await lockForWrite(tx, { table: 'Webhook', id: webhookId, workspaceId, what: 'This webhook' });
    const webhook = await tx.webhook.update({
      where: { id: webhookId },
      data: { secretSealed: sealWebhookSecret(secret), version: { increment: 1 } },
      select: { id: true, version: true },
    });
    return { ...webhook, secret };
  });
}
