// An owner adds a webhook aimed at a receiver on loopback (the e2e servers allow 127.0.0.1),
// presses "Send test event" and sees the receiver's 200 in the delivery log; the receiver
// checks the Standard Webhooks signature with the secret the page showed.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createWorkspace } from './support/teams';

type Received = { id: string; timestamp: string; signature: string; body: string };

async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const header = (name: string) => String(request.headers[name] ?? '');
      received.push({
        id: header('webhook-id'),
        timestamp: header('webhook-timestamp'),
        signature: header('webhook-signature'),
        body: Buffer.concat(chunks).toString(),
      });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/margin`, received, close: () => server.close() };
}

/** The signature as the Standard Webhooks specification defines it, computed here independently. */
const expectedSignature = ({ id, timestamp, body }: Received, secret: string) =>
  `v1,${createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')}`;

test('an owner adds a webhook, sends a test event and sees the receiver’s 200 in the delivery log', async ({ page }) => {
  const receiver = await startReceiver();
  try {
    const { slug } = await createWorkspace(page);
    await page.goto(`/w/${slug}/settings`);
    await page.getByRole('link', { name: 'Manage webhooks' }).click();
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

    const form = page.getByRole('form', { name: 'Add a webhook' });
    await form.getByLabel('Payload URL').fill('http://10.0.0.7/hook');
    await form.getByLabel(/A document is imported/).check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await expect(form.getByText(/private or local address/)).toBeVisible(); // the SSRF guard, at save time

    await form.getByLabel('Payload URL').fill(receiver.url);
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await form.getByTestId('webhook-secret').textContent())!;
    expect(secret).toMatch(/^whsec_/);

    await page.getByRole('list', { name: 'Webhooks' }).getByRole('link', { name: receiver.url }).click();
    await expect(page.getByRole('heading', { name: receiver.url })).toBeVisible();
    await expect(page.getByText('Nothing sent yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect(page.getByText('Delivered: the receiver answered HTTP 200.')).toBeVisible();
    const row = page.getByTestId('delivery').first();
    await expect(row).toContainText('webhook.test');
    await expect(row.getByTestId('delivery-response')).toContainText('200');

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery!.signature).toBe(expectedSignature(delivery!, secret));
    expect(JSON.parse(delivery!.body)).toMatchObject({ type: 'webhook.test', workspace: { slug } });
  } finally {
    receiver.close();
  }
});
