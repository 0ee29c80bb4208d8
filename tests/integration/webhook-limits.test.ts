// Webhooks stay bounded: a receiver's long answer is cut to an excerpt (and still counts as
// delivered), a workspace has at most MAX_WEBHOOKS, and finished deliveries are pruned.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createWebhook, MAX_WEBHOOKS } from '@/lib/server/webhooks/create-webhook';
import { pruneDeliveries } from '@/lib/server/webhooks/prune-deliveries';
import { sendTestEvent } from '@/lib/server/webhooks/send-webhook-now';
import { makeUser, makeWorkspace } from './support/factories';
import { makeDelivery, makeWebhook } from './support/webhooks';

process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

let server: http.Server;
let url = '';
beforeAll(async () => {
  // 5 MB of answer, written as fast as the socket takes it
  server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('x'.repeat(5 * 1024 * 1024));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
});
afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('webhook limits', () => {
  it('keeps only the first kilobyte of an answer, and a long 200 is still delivered', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const webhook = await makeWebhook(workspace.id, { url });
    const delivery = await sendTestEvent({ workspaceId: workspace.id, webhookId: webhook.id, userId: owner.id });
    expect(delivery).toMatchObject({ status: 'succeeded', lastStatusCode: 200 });
    expect(delivery.lastResponseExcerpt).toHaveLength(1024);
  });

  it(`refuses a webhook beyond ${MAX_WEBHOOKS} per workspace`, async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    for (let i = 0; i < MAX_WEBHOOKS; i++) await makeWebhook(workspace.id);
    const input = {
      workspaceId: workspace.id,
      userId: owner.id,
      url: 'https://93.184.215.14/hook',
      description: '',
      events: ['source.gone' as const],
    };
    await expect(createWebhook(input)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('prunes finished deliveries past their time, never pending ones', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const webhook = await makeWebhook(workspace.id);
    const done = await makeDelivery(webhook.id, 'succeeded');
    const failed = await makeDelivery(webhook.id, 'failed');
    const pending = await makeDelivery(webhook.id, 'pending');
    const recent = await makeDelivery(webhook.id, 'succeeded');
    const old = new Date(Date.now() - 40 * 24 * 3_600_000);
    await getDb().$executeRaw`UPDATE "WebhookDelivery" SET "updatedAt" = ${old} WHERE id IN (${done.id}, ${failed.id}, ${pending.id})`;
    await pruneDeliveries(new Date(Date.now() - 30 * 24 * 3_600_000));
    const left = await getDb().webhookDelivery.findMany({ where: { webhookId: webhook.id }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([pending.id, recent.id].sort());
  });
});
