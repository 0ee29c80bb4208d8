// Webhook fixtures: a webhook stored directly (its address is not checked, so tests can aim it
// anywhere), a delivery of it, and a local receiver that records what it is sent.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDb } from '@/lib/db';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { newWebhookSecret, sealWebhookSecret } from '@/lib/server/webhooks/webhook-secret';

/** A TEST-NET-1 address: refused by the SSRF guard at once, so a delivery to it fails without waiting. */
export const UNREACHABLE_HOOK = 'http://192.0.2.1/hook';

export async function makeWebhook(
  workspaceId: string,
  { url = UNREACHABLE_HOOK, events = ['claim.proposed'] as WebhookEventType[], enabled = true } = {},
) {
  const secret = newWebhookSecret();
  const webhook = await getDb().webhook.create({
    data: { workspaceId, url, events, enabled, secretSealed: sealWebhookSecret(secret) },
    select: { id: true, version: true },
  });
  return { ...webhook, secret };
}

export function makeDelivery(webhookId: string, status: 'pending' | 'succeeded' | 'failed' = 'failed') {
  return getDb().webhookDelivery.create({
    data: { webhookId, eventType: 'claim.proposed', payload: '{"type":"claim.proposed"}', messageId: `msg_${webhookId}`, status },
    select: { id: true },
  });
}

export type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A receiver on loopback answering each POST with the next status of `statuses` (the last one repeats). */
export async function startReceiver(statuses: number[] = [200]) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'thanks' : 'try again');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
