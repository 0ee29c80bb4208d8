// Next.js calls register() once when a server instance starts. In the Node.js runtime it first
// sets up operations (lib/server/ops/start-operations.ts): a request id, a log line and a duration
// metric for every request, the metrics' sources, and graceful shutdown on SIGTERM/SIGINT, which
// it takes over from Next.js (docs/OPERATIONS.md). Then it starts recording each request's socket
// address for per-address limits (lib/server/session/peer-address.ts), and reads
// MARGIN_TRUSTED_PROXIES so that a mistyped entry stops the server at once. It starts the worker
// pool for heavy work on user input, loading its readers at once so that the first import does not
// wait for them (lib/server/work/run-heavy.ts), and the link-health scheduler
// (lib/server/sources/link-check-scheduler.ts) unless MARGIN_LINK_CHECKS=off, and the webhook
// delivery job (lib/server/webhooks/webhook-scheduler.ts) unless MARGIN_WEBHOOKS=off — e.g. when a
// separate `npm run worker` does that work. On shutdown each job stops taking work and gives back
// what it still holds after a short grace.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { JOB_GRACE_MS, startOperations } = await import('./lib/server/ops/start-operations');
    const { onShutdown } = await import('./lib/server/ops/shutdown');
    const { jobLog } = await import('./lib/server/ops/logger');
    startOperations();
    const { recordPeerAddresses } = await import('./lib/server/session/peer-address');
    const { trustedProxies } = await import('./lib/server/session/client-ip');
    trustedProxies();
    recordPeerAddresses();
    const { warmUpWorkPool } = await import('./lib/server/work/run-heavy');
    warmUpWorkPool();
    const { areWebhooksDisabled } = await import('./lib/server/webhooks/webhook-config');
    if (!areWebhooksDisabled()) {
      const { startWebhookScheduler } = await import('./lib/server/webhooks/webhook-scheduler');
      const stopWebhooks = startWebhookScheduler({ log: jobLog('webhooks') });
      onShutdown('stop', 'webhook job', () => stopWebhooks({ graceMs: JOB_GRACE_MS }));
    }
    const { areLinkChecksDisabled } = await import('./lib/server/sources/link-check-config');
    if (areLinkChecksDisabled()) return;
    const { startLinkCheckScheduler } = await import('./lib/server/sources/link-check-scheduler');
    const stopLinkChecks = startLinkCheckScheduler({ log: jobLog('link-checks') });
    onShutdown('stop', 'link-check job', () => stopLinkChecks({ graceMs: JOB_GRACE_MS }));
  }
}
