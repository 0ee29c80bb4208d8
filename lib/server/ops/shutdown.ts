import 'server-only';
import type { Server } from 'node:http';
import { logger } from './logger';

// Graceful shutdown of one app instance on SIGTERM (or SIGINT), within SHUTDOWN_LIMIT_MS:
// 1. it stops taking requests: /api/ready answers 503 and the HTTP server closes its listening
//    socket and idle connections (requests under way finish);
// 2. the stopping steps registered by instrumentation.ts run side by side: the jobs stop taking
//    work and give back what they hold (leases end early, so another instance takes it) after a
//    short grace for what is under way, and the live streams tell their browsers to reconnect
//    (elsewhere, behind a load balancer) and close;
// 3. once the server has closed, the closing steps run: pools (database, live listener, worker
//    threads);
// 4. the process exits, 0 when all went well. Past the limit it exits with 1 whatever remains.
// Next.js's own signal handler would exit as soon as the connections close, while jobs may still
// hold leases, so instrumentation.ts hands the signals to this one.

export const SHUTDOWN_LIMIT_MS = 10_000;

type Step = { name: string; run: () => Promise<void> };
type ShutdownState = { stopping: boolean; servers: Set<Server>; stopSteps: Step[]; closeSteps: Step[]; installed: boolean };

const SLOT = Symbol.for('margin.shutdown');
const slots = globalThis as typeof globalThis & { [SLOT]?: ShutdownState };
const state = (slots[SLOT] ??= { stopping: false, servers: new Set(), stopSteps: [], closeSteps: [], installed: false });

/** True once the instance has begun to stop: it takes no new work. */
export const isShuttingDown = () => state.stopping;

/** The HTTP server(s) this process answers on (request-tracking.ts sees them with each request). */
export function trackServer(server: Server) {
  state.servers.add(server);
}

/** A step of phase 2 (stop taking work, hand it back) or phase 3 (close pools). */
export function onShutdown(phase: 'stop' | 'close', name: string, run: () => Promise<void>) {
  (phase === 'stop' ? state.stopSteps : state.closeSteps).push({ name, run });
}

const log = () => logger('shutdown');

async function runSteps(steps: Step[]): Promise<boolean> {
  const results = await Promise.allSettled(steps.map((step) => step.run()));
  let ok = true;
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      ok = false;
      log().error({ err: result.reason, step: steps[index]!.name }, 'a shutdown step failed');
    }
  });
  return ok;
}

/** Stops listening and resolves once every connection is gone; keep-alive connections are closed as they fall idle. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    const sweep = setInterval(() => server.closeIdleConnections(), 250);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export async function shutdown(signal: string): Promise<void> {
  if (state.stopping) return;
  state.stopping = true;
  const began = Date.now();
  log().info({ signal, limitMs: SHUTDOWN_LIMIT_MS }, 'shutting down');
  const limit = setTimeout(() => {
    log().error({ afterMs: Date.now() - began }, 'shutdown took too long; exiting now');
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  const serversClosed = Promise.all([...state.servers].map(closeServer));
  let ok = await runSteps(state.stopSteps);
  await serversClosed;
  ok = (await runSteps(state.closeSteps)) && ok;
  clearTimeout(limit);
  log().info({ afterMs: Date.now() - began }, 'shut down');
  process.exit(ok ? 0 : 1);
}

/**
 * Takes SIGTERM and SIGINT over from Next.js's handler (registered before instrumentation runs),
 * once per process.
 */
export function installShutdown() {
  if (state.installed) return;
  state.installed = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => void shutdown(signal));
  }
}
