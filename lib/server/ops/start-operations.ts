import 'server-only';
import { closeDb, dbPoolStats } from '@/lib/db';
import { currentLiveService, getLiveService } from '@/lib/server/live/live-service';
import { countDueSources } from '@/lib/server/sources/count-due-sources';
import { countDueDeliveries } from '@/lib/server/webhooks/count-due-deliveries';
import { closeWorkPool, workPoolStats } from '@/lib/server/work/run-heavy';
import { inspect } from 'node:util';
import { logger } from './logger';
import { getMetrics } from './metrics';
import { startRequestTracking } from './request-tracking';
import { installShutdown, onShutdown } from './shutdown';

// What instrumentation.ts sets up first in each app instance: request ids, logs and metrics for
// every request, the sources the metrics read at each scrape, and graceful shutdown with the steps
// that close what this module knows of (live streams and listener, database pool, worker pool).
// The jobs add their own stopping steps where they are started.

/** How long a stopping instance lets the jobs' items under way finish before it gives them back. */
export const JOB_GRACE_MS = 5_000;

/** Where the metrics read state from (idempotent; the metrics route calls it too). */
export function registerMetricSources() {
  const { sources } = getMetrics();
  sources.liveStreams ??= () => currentLiveService()?.hub.size ?? 0;
  sources.workPool ??= workPoolStats;
  sources.dbPool ??= dbPoolStats;
  sources.jobQueues ??= async () => {
    const [webhook, linkCheck] = await Promise.all([countDueDeliveries(), countDueSources()]);
    return { webhook, link_check: linkCheck };
  };
}

/**
 * console.error and console.warn (Next.js's own reports of a failed render, and lib/errors.ts's of
 * an unexpected error) become log lines too, with the request id: the lines that matter most when
 * something breaks. console.log and console.info (Next.js's start banner) stay as they are.
 */
function routeConsoleWarningsToLog() {
  const log = logger('console');
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      const message = args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? arg.message : inspect(arg))).join(' ');
      log[level](error ? { err: error } : {}, message);
    };
  }
}

export function startOperations() {
  routeConsoleWarningsToLog();
  startRequestTracking();
  registerMetricSources();
  installShutdown();
  // The listener from the start: readiness and the database-lost signal of proxy.ts read it.
  getLiveService();
  onShutdown('stop', 'live streams', async () => currentLiveService()?.hub.shutdown());
  onShutdown('close', 'live listener', async () => currentLiveService()?.stop());
  onShutdown('close', 'database pool', closeDb);
  onShutdown('close', 'worker pool', closeWorkPool);
}
