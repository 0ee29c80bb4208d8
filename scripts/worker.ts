// npm run worker: the link-health job and the webhook delivery job on their own, outside the web
// server — the same code as the in-app schedulers (then start the app with MARGIN_LINK_CHECKS=off
// and MARGIN_WEBHOOKS=off, or let both run: they take distinct sources and deliveries). Runs until
// SIGINT/SIGTERM, then gives the work under way 5 s to finish and gives back what it still holds
// (its lease ends at once, so another worker or app instance takes it).
// Uses DATABASE_URL, else the embedded PostgreSQL that a running `npm start` serves.
import { startLinkCheckScheduler } from '../lib/server/sources/link-check-scheduler';
import { linkCheckConfig } from '../lib/server/sources/link-check-config';
import { startWebhookScheduler } from '../lib/server/webhooks/webhook-scheduler';
import { webhookConfig } from '../lib/server/webhooks/webhook-config';

if (!process.env.DATABASE_URL) {
  // The address scripts/db/embedded-postgres.ts gives the app database (listens on 127.0.0.1 only).
  const port = process.env.MARGIN_PG_PORT ?? '54329';
  process.env.DATABASE_URL = `postgresql://postgres:margin-local@127.0.0.1:${port}/margin`;
  console.log(`DATABASE_URL is not set: using the embedded PostgreSQL of \`npm start\` on port ${port}.`);
}

const { pollMs, intervalMs, concurrency } = linkCheckConfig();
console.log(
  `Link-health worker: looking for due sources every ${pollMs / 1000} s, each source every ${intervalMs / 3_600_000} h, ${concurrency} at a time.`,
);
console.log(`Webhook worker: looking for due deliveries every ${webhookConfig().pollMs / 1000} s.`);
const stopLinkChecks = startLinkCheckScheduler();
const stopWebhooks = startWebhookScheduler();
const GRACE_MS = 5_000;
const stop = () => Promise.all([stopLinkChecks({ graceMs: GRACE_MS }), stopWebhooks({ graceMs: GRACE_MS })]);
// The scheduler's timer does not keep a process alive on its own (it must not hold up `next start`).
const keepAlive = setInterval(() => {}, 1 << 30);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing the check under way…`);
    clearInterval(keepAlive);
    void stop().then(async () => {
      const { closeDb } = await import('../lib/db');
      await closeDb();
      process.exit(0);
    });
  });
}
