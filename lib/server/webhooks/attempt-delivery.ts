import 'server-only';
import { getDb } from '@/lib/db';
import { FetchRefused, safeFetch } from '@/lib/server/fetch/safe-fetch';
import { TEST_EVENT } from '@/lib/webhooks/events';
import { DISABLE_AFTER_FAILED_DELIVERIES, isDelivered, nextAttemptDelay } from '@/lib/webhooks/retry-schedule';
import { signWebhook } from './sign-webhook';
import { webhookConfig } from './webhook-config';
import { DELIVERY_FIELDS } from './webhook-fields';
import { openWebhookSecret } from './webhook-secret';

type Outcome = { statusCode: number | null; error: string | null; excerpt: string | null; durationMs: number };

async function send(url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  const { timeoutMs, excerptBytes } = webhookConfig();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const answer = await safeFetch(url, { post: { body, headers }, timeoutMs, maxBytes: excerptBytes, overflow: 'truncate' });
    const excerpt = answer.body.toString('utf8').replaceAll('\0', '') || null; // PostgreSQL text cannot hold NUL
    return {
      statusCode: answer.status,
      error: isDelivered(answer.status) ? null : `HTTP ${answer.status}`,
      excerpt,
      durationMs: elapsed(),
    };
  } catch (error) {
    if (!(error instanceof FetchRefused)) throw error;
    return { statusCode: null, error: error.message, excerpt: null, durationMs: elapsed() };
  }
}

/**
 * One attempt at a delivery the caller has taken (claimDueDeliveries, or a test / redelivery):
 * signs the body with the webhook's secret now, POSTs it through the SSRF-safe fetch (10 s, the
 * answer read up to a small excerpt) and records the outcome — delivered on a 2xx; otherwise
 * retried later on the backoff schedule, or marked failed after the last attempt. A webhook whose
 * deliveries fail this many times in a row is turned off. Test events are tried once and count
 * for nothing. Returns the delivery as it now is (null if deleted meanwhile).
 */
export async function attemptDelivery(deliveryId: string, random: () => number = Math.random) {
  const db = getDb();
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      payload: true,
      messageId: true,
      attempts: true,
      eventType: true,
      webhook: { select: { id: true, url: true, secretSealed: true } },
    },
  });
  if (!delivery) return null;
  const { webhook } = delivery;
  const headers = signWebhook({ secret: openWebhookSecret(webhook.secretSealed), messageId: delivery.messageId, body: delivery.payload });
  const outcome = await send(webhook.url, headers, delivery.payload);
  const attempts = delivery.attempts + 1;
  const isTest = delivery.eventType === TEST_EVENT;
  const delay = isDelivered(outcome.statusCode) ? null : nextAttemptDelay(attempts, random(), isTest ? 1 : webhookConfig().maxAttempts);
  const status = isDelivered(outcome.statusCode) ? 'succeeded' : delay === null ? 'failed' : 'pending';
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts,
        status,
        nextAttemptAt: delay === null ? null : new Date(Date.now() + delay),
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        lastResponseExcerpt: outcome.excerpt,
        lastDurationMs: outcome.durationMs,
        lastAttemptAt: new Date(),
      },
      select: DELIVERY_FIELDS,
    });
    if (isTest || status === 'pending') return updated;
    if (status === 'succeeded') {
      await tx.webhook.updateMany({ where: { id: webhook.id, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0 } });
      return updated;
    }
    const failing = await tx.webhook.update({
      where: { id: webhook.id },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true, enabled: true },
    });
    if (failing.enabled && failing.consecutiveFailures >= DISABLE_AFTER_FAILED_DELIVERIES) {
      await tx.webhook.update({
        where: { id: webhook.id },
        data: {
          enabled: false,
          disabledReason: `Turned off after ${failing.consecutiveFailures} deliveries in a row failed (the last: ${outcome.error ?? 'no answer'}).`,
          version: { increment: 1 },
        },
      });
    }
    return updated;
  });
}
