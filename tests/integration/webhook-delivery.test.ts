// The delivery job against a receiver on loopback: each delivery signed per Standard Webhooks
// (checked here with an HMAC of our own, not the library that signs), retried after a failure
// on the backoff schedule, given up after the last attempt, the webhook turned off after many
// failed deliveries in a row; private addresses refused when saved and when sent; another
// workspace's webhook not found; only owners manage webhooks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { createWebhookAction, sendTestWebhookAction } from '@/lib/actions/webhooks';
import { createWebhook } from '@/lib/server/webhooks/create-webhook';
import { getWebhook } from '@/lib/server/webhooks/get-webhook';
import { runWebhookDeliveries } from '@/lib/server/webhooks/run-webhook-deliveries';
import { redeliverWebhook, sendTestEvent } from '@/lib/server/webhooks/send-webhook-now';
import { revealWebhookSecret, rotateWebhookSecret } from '@/lib/server/webhooks/webhook-secret-access';
import { enqueueWebhookEvent } from '@/lib/server/webhooks/enqueue-webhook-event';
import { DISABLE_AFTER_FAILED_DELIVERIES } from '@/lib/webhooks/retry-schedule';
import { addMember, makeUser, makeWorkspace } from './support/factories';
import { actAs } from './support/session';
import { makeWebhook, startReceiver, type Received } from './support/webhooks';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));
process.env.AUTH_SECRET ??= 'integration-test-auth-secret';

/** Standard Webhooks verification written from the specification, independently of the signing library. */
function verify({ headers, body }: Received, secret: string) {
  const id = String(headers['webhook-id']);
  const timestamp = String(headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  const signatures = String(headers['webhook-signature'])
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'base64'));
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && signatures.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected));
}

async function workspaceWithWebhook(statuses: number[]) {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const receiver = await startReceiver(statuses);
  const webhook = await makeWebhook(workspace.id, { url: receiver.url, events: ['document.imported'] });
  const emit = () =>
    getDb().$transaction((tx) =>
      enqueueWebhookEvent(tx, { workspaceId: workspace.id, type: 'document.imported', data: { document: { id: 'd1', title: 'T' } } }),
    );
  /** Runs the job as if the retry's time had come. */
  const runDue = async () => {
    await getDb().webhookDelivery.updateMany({
      where: { webhookId: webhook.id, status: 'pending' },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    const run = await runWebhookDeliveries({ workspaceId: workspace.id });
    expect(run.failed).toEqual([]);
    return run;
  };
  const deliveries = () => getDb().webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { createdAt: 'asc' } });
  return { owner, workspace, receiver, webhook, emit, runDue, deliveries };
}

const receivers: { close: () => Promise<void> }[] = [];
beforeEach(() => {
  process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
});
afterEach(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  delete process.env.MARGIN_WEBHOOK_MAX_ATTEMPTS;
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});
const setUp = async (statuses: number[]) => {
  const fixture = await workspaceWithWebhook(statuses);
  receivers.push(fixture.receiver);
  return fixture;
};

describe('webhook delivery', () => {
  it('signs each delivery so that an independent Standard Webhooks check accepts it, and only with the right secret', async () => {
    const f = await setUp([200]);
    await f.emit();
    expect(await f.runDue()).toMatchObject({ attempted: 1 });
    const [received] = f.receiver.received;
    expect(received!.headers['content-type']).toBe('application/json');
    expect(received!.headers['webhook-id']).toMatch(/^msg_/);
    expect(verify(received!, f.webhook.secret)).toBe(true);
    expect(verify({ ...received!, body: received!.body.replace('"T"', '"U"') }, f.webhook.secret)).toBe(false);
    const rotated = await rotateWebhookSecret({ workspaceId: f.workspace.id, webhookId: f.webhook.id });
    expect(verify(received!, rotated.secret)).toBe(false);
    expect(await revealWebhookSecret({ workspaceId: f.workspace.id, webhookId: f.webhook.id })).toEqual({
      id: f.webhook.id,
      secret: rotated.secret,
    });
    expect(JSON.parse(received!.body)).toMatchObject({ type: 'document.imported', workspace: { slug: f.workspace.slug } });
    expect(await f.deliveries()).toMatchObject([
      { status: 'succeeded', attempts: 1, lastStatusCode: 200, lastResponseExcerpt: 'thanks', nextAttemptAt: null },
    ]);
  });

  it('retries after a 500, with backoff, and the same message id; then succeeds', async () => {
    const f = await setUp([500, 200]);
    await f.emit();
    await runWebhookDeliveries({ workspaceId: f.workspace.id });
    const [failed] = await f.deliveries();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
    const wait = failed!.nextAttemptAt!.getTime() - Date.now();
    expect(wait).toBeGreaterThan(2_000); // 5 s ± 20 %
    expect(wait).toBeLessThan(7_000);
    expect(await runWebhookDeliveries({ workspaceId: f.workspace.id })).toMatchObject({ attempted: 0 }); // not yet due
    await f.runDue();
    expect(await f.deliveries()).toMatchObject([{ status: 'succeeded', attempts: 2, lastStatusCode: 200, lastError: null }]);
    const [first, second] = f.receiver.received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(verify(second!, f.webhook.secret)).toBe(true);
  });

  it('gives up after the last attempt, and turns the webhook off after failed deliveries in a row', async () => {
    process.env.MARGIN_WEBHOOK_MAX_ATTEMPTS = '2';
    const f = await setUp([503]);
    await f.emit();
    await f.runDue();
    await f.runDue();
    await f.runDue(); // nothing left to try
    expect(f.receiver.received).toHaveLength(2);
    expect(await f.deliveries()).toMatchObject([{ status: 'failed', attempts: 2, lastStatusCode: 503, nextAttemptAt: null }]);
    expect(await getWebhook({ workspaceId: f.workspace.id, webhookId: f.webhook.id })).toMatchObject({
      enabled: true,
      consecutiveFailures: 1,
    });

    process.env.MARGIN_WEBHOOK_MAX_ATTEMPTS = '1';
    for (let i = 1; i < DISABLE_AFTER_FAILED_DELIVERIES; i++) await f.emit();
    await f.runDue();
    const off = await getWebhook({ workspaceId: f.workspace.id, webhookId: f.webhook.id });
    expect(off).toMatchObject({ enabled: false, consecutiveFailures: DISABLE_AFTER_FAILED_DELIVERIES });
    expect(off.disabledReason).toMatch(/Turned off after 5 deliveries in a row failed/);
    await f.emit(); // a webhook that is off is sent nothing
    expect((await f.deliveries()).length).toBe(DISABLE_AFTER_FAILED_DELIVERIES);

    // a redelivery of a failed one, once the receiver is back
    const [first] = await f.deliveries();
    const receiverBack = await setUp([200]);
    await getDb().webhook.update({ where: { id: f.webhook.id }, data: { url: receiverBack.receiver.url } });
    expect(await redeliverWebhook({ workspaceId: f.workspace.id, webhookId: f.webhook.id, deliveryId: first!.id })).toMatchObject({
      status: 'succeeded',
      lastStatusCode: 200,
    });
    expect(receiverBack.receiver.received[0]!.headers['webhook-id']).toBe(first!.messageId);
  });

  it('refuses a private or local address when saved, and when sent', async () => {
    delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    for (const url of [
      'http://10.0.0.5/hook',
      'http://127.0.0.1:9/hook',
      'http://169.254.169.254/latest',
      'http://[::1]/hook',
      'ftp://example.org/',
    ]) {
      await expect(
        createWebhook({ workspaceId: workspace.id, userId: owner.id, url, description: '', events: ['source.gone'] }),
      ).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    // saved when allowed, sent after the rule changed: the delivery is refused, nothing connects
    const receiver = await startReceiver([200]);
    receivers.push(receiver);
    const webhook = await makeWebhook(workspace.id, { url: receiver.url });
    const delivery = await sendTestEvent({ workspaceId: workspace.id, webhookId: webhook.id, userId: owner.id });
    expect(delivery).toMatchObject({
      status: 'failed',
      lastStatusCode: null,
      lastError: expect.stringMatching(/private or local address/),
    });
    expect(receiver.received).toHaveLength(0);
  });

  it('another workspace’s webhook is not found; only owners manage webhooks', async () => {
    const f = await setUp([200]);
    const [editor, viewer, stranger] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    await addMember(f.workspace.id, editor.id, 'editor');
    await addMember(f.workspace.id, viewer.id, 'viewer');
    const elsewhere = await makeWorkspace(stranger.id);
    await expect(getWebhook({ workspaceId: elsewhere.id, webhookId: f.webhook.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(sendTestEvent({ workspaceId: elsewhere.id, webhookId: f.webhook.id, userId: stranger.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    const input = { workspace: f.workspace.slug, url: 'https://93.184.215.14/hook', events: ['claim.proposed'] };
    try {
      for (const [user, code] of [
        [editor, 'forbidden'],
        [viewer, 'forbidden'],
        [stranger, 'not_found'],
      ] as const) {
        actAs(user.id);
        expect(await createWebhookAction(input)).toMatchObject({ ok: false, code });
        expect(await sendTestWebhookAction({ workspace: f.workspace.slug, webhookId: f.webhook.id })).toMatchObject({ ok: false, code });
      }
      actAs(f.owner.id);
      expect(await sendTestWebhookAction({ workspace: f.workspace.slug, webhookId: f.webhook.id })).toMatchObject({
        ok: true,
        data: { eventType: 'webhook.test', status: 'succeeded', lastStatusCode: 200 },
      });
    } finally {
      actAs(null);
    }
    expect(f.receiver.received).toHaveLength(1);
    expect(verify(f.receiver.received[0]!, f.webhook.secret)).toBe(true);
  });
});
