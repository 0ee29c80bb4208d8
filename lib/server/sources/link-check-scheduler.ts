import 'server-only';
import { finishJobRound } from '@/lib/server/ops/finish-job-round';
import { linkCheckConfig } from './link-check-config';
import { releaseSources } from './release-sources';
import { runLinkChecks } from './run-link-checks';

type SchedulerState = {
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  again: boolean;
  /** Ids the running round took and has not finished (given back when stopping). */
  held: Set<string>;
  stopping: boolean;
  workspaceId: string | null;
  log: Log;
};
type Log = Pick<Console, 'error' | 'info'>;

// On globalThis: Next.js loads this module once for instrumentation.ts and again in the bundles
// of server actions; they must all see the one scheduler of the process.
const global = globalThis as unknown as { marginLinkChecks?: SchedulerState };
const state = (global.marginLinkChecks ??= {
  timer: null,
  running: null,
  again: false,
  stopping: false,
  workspaceId: null,
  log: console,
  held: new Set(),
});

/** One round: checks every due source; a round asked for while one runs follows it. */
function tick() {
  const { log } = state;
  if (state.stopping) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = runLinkChecks({ workspaceId: state.workspaceId, shouldStop: () => state.stopping, log, held: state.held })
    .then((run) => {
      if (run.checked.length) log.info(`Link checks: ${run.checked.length} source(s) checked.`);
    })
    .catch((error: unknown) => log.error('Link checks could not run; trying again at the next poll.', error))
    .finally(() => {
      state.running = null;
      if (state.again) {
        state.again = false;
        tick();
      }
    });
}

/**
 * Starts checking due sources every MARGIN_LINK_CHECK_POLL (the in-app scheduler of
 * instrumentation.ts, and `npm run worker`). Returns a stop function that lets the current
 * check finish — or, given `graceMs`, waits that long for it and then gives back what the round
 * still holds (releaseSources), so that another instance takes it at once. `workspaceId` narrows
 * it to one workspace (tests).
 */
export function startLinkCheckScheduler({
  log = console,
  workspaceId = null,
}: { log?: Log; workspaceId?: string | null } = {}): (options?: { graceMs?: number }) => Promise<void> {
  if (!state.timer) {
    const { pollMs } = linkCheckConfig();
    state.stopping = false;
    state.workspaceId = workspaceId;
    state.log = log;
    state.timer = setInterval(tick, pollMs);
    state.timer.unref();
    tick();
  }
  return async ({ graceMs }: { graceMs?: number } = {}) => {
    state.stopping = true;
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    await finishJobRound(state, { graceMs, release: releaseSources, job: 'link_check' });
  };
}

/** Sources were just added or made due: check them soon instead of at the next poll (if the scheduler runs here). */
export function wakeLinkChecks(delayMs = 1000) {
  if (!state.timer || state.stopping) return;
  setTimeout(tick, delayMs).unref();
}
