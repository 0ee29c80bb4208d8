// Next.js calls register() once when a server instance starts. In the Node.js runtime it starts
// the worker pool for heavy work on user input, loading its readers at once so that the first
// import does not wait for them (lib/server/work/run-heavy.ts), and the link-health scheduler
// (lib/server/sources/link-check-scheduler.ts) unless MARGIN_LINK_CHECKS=off, and the webhook
// delivery job (lib/server/webhooks/webhook-scheduler.ts) unless MARGIN_WEBHOOKS=off — e.g. when a
// separate `npm run worker` does that work. First of all it starts recording each request's
// socket address for per-address limits (lib/server/session/peer-address.ts), and reads
// MARGIN_TRUSTED_PROXIES so that a mistyped entry stops the server at once.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { recordPeerAddresses } = await import('./lib/server/session/peer-address');
    const { trustedProxies } = await import('./lib/server/session/client-ip');
    trustedProxies();
    recordPeerAddresses();
    const { warmUpWorkPool } = await import('./lib/server/work/run-heavy');
    warmUpWorkPool();
    const { areWebhooksDisabled } = await import('./lib/server/webhooks/webhook-config');
    if (!areWebhooksDisabled()) {
      const { startWebhookScheduler } = await import('./lib/server/webhooks/webhook-scheduler');
      startWebhookScheduler();
    }
    const { areLinkChecksDisabled } = await import('./lib/server/sources/link-check-config');
    if (areLinkChecksDisabled()) return;
    const { startLinkCheckScheduler } = await import('./lib/server/sources/link-check-scheduler');
    startLinkCheckScheduler();
  }
}
