// `node scripts/serve.mjs <next start arguments>`: MARGIN_INSTANCES copies of `next start` on one
// port, for a machine with more cores than one app process can use (a process runs its requests on
// one JavaScript thread; docs/BENCHMARKS.md, "Many people at once"). Node's cluster module shares
// the listening socket: this process accepts the connections and hands them to the workers in
// turn. Each worker is a whole app instance with its own database pool and live listener, sharing
// the live stream, the jobs and the limits through PostgreSQL as separate servers do
// (docs/OPERATIONS.md). A worker that dies is started again; SIGTERM/SIGINT stop them all
// gracefully, and this process exits when the last one has.
// Plain JavaScript run by `node`, so that the workers run Next's own binary without a loader, with
// this process's Node flags (a --cpu-prof reaches every worker).
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import { instanceCount } from './lib/instances.mjs';

const RESTART_DELAY_MS = 1_000;

if (cluster.isPrimary) {
  const count = instanceCount();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  cluster.setupPrimary({ exec: nextBin, args: process.argv.slice(2) });
  // Each worker a name of its own in live updates and presence (README: MARGIN_INSTANCE_ID).
  const baseId = process.env.MARGIN_INSTANCE_ID;
  const running = new Set();
  let stopping = false;
  const fork = (index) => {
    const worker = cluster.fork(baseId ? { MARGIN_INSTANCE_ID: `${baseId}-${index + 1}` } : {});
    let listened = false;
    running.add(worker);
    worker.once('listening', () => (listened = true));
    worker.once('exit', (code, signal) => {
      running.delete(worker);
      if (stopping) {
        if (running.size === 0) process.exit();
      } else if (!listened) {
        // It could not start (a taken port, a bad setting): starting it again would fail the same way.
        console.error(`App instance ${index + 1} exited before it served (${signal ?? `code ${code}`}); stopping.`);
        stopAll('SIGTERM', 1);
      } else {
        console.error(`App instance ${index + 1} exited (${signal ?? `code ${code}`}); starting it again.`);
        setTimeout(() => fork(index), RESTART_DELAY_MS);
      }
    });
  };
  const stopAll = (signal, exitCode = 0) => {
    stopping = true;
    process.exitCode = exitCode;
    if (running.size === 0) process.exit(exitCode);
    for (const worker of running) worker.process.kill(signal);
  };
  for (let index = 0; index < count; index += 1) fork(index);
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stopAll(signal));
}
