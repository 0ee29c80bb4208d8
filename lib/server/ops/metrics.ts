import 'server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// The Prometheus metrics of one app process (prom-client), served at /api/metrics. Gauges that
// describe state elsewhere (open live streams, the worker pool, the database pool, the jobs'
// queues) are read when Prometheus scrapes, through the sources registered below, so that nothing
// counts twice and nothing is polled between scrapes.

export type MetricSources = {
  liveStreams?: () => number;
  workPool?: () => { threads: number; queued: number; utilization: number } | null;
  dbPool?: () => { total: number; idle: number; waiting: number } | null;
  /** Items each job has waiting (due and not taken). Reads the database. */
  jobQueues?: () => Promise<Record<string, number>>;
};

function createMetrics() {
  const registry = new Registry();
  const sources: MetricSources = {};
  collectDefaultMetrics({ register: registry, prefix: 'margin_' });
  const metrics = {
    registry,
    sources,
    httpDuration: new Histogram({
      name: 'margin_http_request_duration_seconds',
      help: 'Time from a request being read to its response being sent, by route (live streams: how long they stayed open).',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    jobItems: new Counter({
      name: 'margin_job_items_total',
      help: 'Items a background job handled (job: link_check, webhook), by outcome: done, or error (to be retried when its lease ends).',
      labelNames: ['job', 'outcome'] as const,
      registers: [registry],
    }),
    jobsReleased: new Counter({
      name: 'margin_job_leases_released_total',
      help: 'Items whose lease this instance gave back early because it was stopping.',
      labelNames: ['job'] as const,
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'margin_live_streams',
    help: 'Live update streams (Server-Sent Events) open on this instance.',
    registers: [registry],
    collect() {
      this.set(sources.liveStreams?.() ?? 0);
    },
  });
  const pool = (name: string, help: string, pick: (stats: NonNullable<ReturnType<NonNullable<MetricSources['workPool']>>>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const stats = sources.workPool?.();
        this.set(stats ? pick(stats) : 0);
      },
    });
  pool('margin_work_pool_threads', 'Worker threads of the pool for heavy work on user input.', (stats) => stats.threads);
  pool('margin_work_pool_queued', 'Heavy jobs waiting for a worker thread.', (stats) => stats.queued);
  pool(
    'margin_work_pool_utilization',
    'Share of the worker threads’ time spent working since the pool started (0–1).',
    (stats) => stats.utilization,
  );
  new Gauge({
    name: 'margin_db_pool_connections',
    help: 'Connections of the database pool, by state: total, idle, and waiting (requests waiting for one).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = sources.dbPool?.();
      this.set({ state: 'total' }, stats?.total ?? 0);
      this.set({ state: 'idle' }, stats?.idle ?? 0);
      this.set({ state: 'waiting' }, stats?.waiting ?? 0);
    },
  });
  new Gauge({
    name: 'margin_job_queue_depth',
    help: 'Items due for a background job and not yet taken (job: link_check, webhook), across all instances.',
    labelNames: ['job'] as const,
    registers: [registry],
    async collect() {
      const depths = (await sources.jobQueues?.().catch(() => null)) ?? {};
      for (const [job, depth] of Object.entries(depths)) this.set({ job }, depth);
    },
  });
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

// One registry per process: Next.js loads this module in several bundles.
const SLOT = Symbol.for('margin.metrics');
const slots = globalThis as typeof globalThis & { [SLOT]?: Metrics };

export function getMetrics(): Metrics {
  return (slots[SLOT] ??= createMetrics());
}

/** Counts one item of a background job (the job runners call it; they also run in `npm run worker`). */
export function countJobItem(job: 'link_check' | 'webhook', outcome: 'done' | 'error') {
  getMetrics().jobItems.inc({ job, outcome });
}
