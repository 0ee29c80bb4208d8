import 'server-only';
import { finishJobRound } from '@/lib/server/ops/finish-job-round';
import { pruneDeliveries } from './prune-deliveries';
import { releaseDeliveries } from './release-deliveries';
import { runWebhookDeliveries } from './run-webhook-deliveries';
import { webhookConfig } from './webhook-config';

type Log = Pick<Console, 'error' | 'info'>;
type SchedulerState = {
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  again: boolean;
  /** Ids the running round took and has not finished (given back when stopping). */
  held: Set<string>;
  stopping: boolean;
  log: Log;
  prunedAt: number;
};

// On globalThis, as the link-health scheduler: Next.js loads this module in several bundles of one process.
const global = globalThis as unknown as { marginWebhooks?: SchedulerState };
const state = (global.marginWebhooks ??= {
  timer: null,
  running: null,
  again: false,
  stopping: false,
  log: console,
  prunedAt: 0,
  held: new Set(),
});

/** At most once per pruneEveryMs: deletes finished deliveries older than keepMs. */
async function pruneNowAndThen() {
  const { keepMs, pruneEveryMs } = webhookConfig();
  if (Date.now() - state.prunedAt < pruneEveryMs) return;
  state.prunedAt = Date.now();
  await pruneDeliveries(new Date(Date.now() - keepMs));
}

/** One round: attempts every due delivery; a round asked for while one runs follows it. */
function tick() {
  if (state.stopping) return;
  if (state.running) {
    state.again = true;
    return;
  }
  const { log } = state;
  state.running = runWebhookDeliveries({ shouldStop: () => state.stopping, log, held: state.held })
    .then(pruneNowAndThen)
    .catch((error: unknown) => log.error('Webhook deliveries could not run; trying again at the next poll.', error))
    .finally(() => {
      state.running = null;
      if (state.again) {
        state.again = false;
        tick();
      }
    });
}

/**
 * Starts the webhook delivery job every MARGIN_WEBHOOK_POLL (the in-app scheduler of
 * instrumentation.ts, and `npm run worker`). Returns a stop function that lets the attempts under
 * way finish — or, given `graceMs`, waits that long for them and then gives back what the round
 * still holds (releaseDeliveries), so that another instance takes it at once.
 */
export function startWebhookScheduler({ log = console }: { log?: Log } = {}): (options?: { graceMs?: number }) => Promise<void> {
  if (!state.timer) {
    state.stopping = false;
    state.log = log;
    state.timer = setInterval(tick, webhookConfig().pollMs);
    state.timer.unref();
    tick();
  }
  return async ({ graceMs }: { graceMs?: number } = {}) => {
    state.stopping = true;
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    await finishJobRound(state, { graceMs, release: releaseDeliveries, job: 'webhook' });
  };
}
