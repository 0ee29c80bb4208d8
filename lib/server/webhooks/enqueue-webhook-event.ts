import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';
import type { DeliveredEventType } from '@/lib/webhooks/events';

type EventData = Record<string, unknown>;
/**
 * The event's `data`, or a function that reads it given the workspace's slug — called only when
 * some webhook listens; answering null sends nothing (a private annotation's claim).
 */
export type WebhookEvent = {
  workspaceId: string;
  type: DeliveredEventType;
  data: EventData | ((slug: string) => Promise<EventData | null>);
};

/** The JSON body of an event, in the Standard Webhooks shape: { type, timestamp, data }, plus the workspace. */
export function webhookPayload(event: { type: DeliveredEventType; workspaceSlug: string; data: Record<string, unknown> }, at = new Date()) {
  return JSON.stringify({ type: event.type, timestamp: at.toISOString(), workspace: { slug: event.workspaceSlug }, data: event.data });
}

export const newMessageId = () => `msg_${randomUUID().replaceAll('-', '')}`;

/**
 * Queues an event for every enabled webhook of the workspace that subscribes to it, in the
 * caller's transaction: it goes out if and only if the change it describes is committed. The
 * delivery job (run-webhook-deliveries.ts) sends it. Callers pass only what every member may see
 * (never a private annotation's content). One query when nobody listens.
 */
export async function enqueueWebhookEvent(
  tx: DbTransaction,
  { workspaceId, type, data }: WebhookEvent,
  /** a test event: for this webhook alone, held from the job for `holdMs` while the caller sends it itself */
  only?: { webhookId: string; holdMs: number },
) {
  const webhooks = await tx.webhook.findMany({
    where: { workspaceId, ...(only ? { id: only.webhookId } : { enabled: true, events: { has: type } }) },
    select: { id: true, workspace: { select: { slug: true } } },
  });
  if (webhooks.length === 0) return [];
  const workspaceSlug = webhooks[0]!.workspace.slug;
  const eventData = typeof data === 'function' ? await data(workspaceSlug) : data;
  if (eventData === null) return [];
  const payload = webhookPayload({ type, workspaceSlug, data: eventData });
  const nextAttemptAt = only ? new Date(Date.now() + only.holdMs) : undefined;
  const rows = webhooks.map((webhook) => ({ webhookId: webhook.id, eventType: type, payload, messageId: newMessageId(), nextAttemptAt }));
  return tx.webhookDelivery.createManyAndReturn({ data: rows, select: { id: true } });
}
