// Where the machine's CPU went during the run, from /proc (Linux): the app server's process tree,
// the PostgreSQL server's, this process (the load generator), and everything else, as shares of
// all cores. On a 2-core machine the load generator competes with the server it measures.
import fs from 'node:fs';
import os from 'node:os';
import { processTree } from '../hostile/process-stats';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds used so far by `root`'s process tree (the live processes, and the children it waited for). */
function treeSeconds(root: number | null): number {
  if (!root) return 0;
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** Busy CPU seconds of the whole machine (all cores). */
function machineSeconds(): number {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
}

const ownSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Starts counting; `stop()` gives each party's share of the machine's cores (%, of cores × wall time). */
export function startCpuSplit(appPid: number | null, postgresPid: number | null) {
  const wallStart = performance.now();
  const before = { app: treeSeconds(appPid), postgres: treeSeconds(postgresPid), generator: ownSeconds(), machine: machineSeconds() };
  return () => {
    const wall = (performance.now() - wallStart) / 1000;
    const capacity = wall * os.cpus().length;
    const app = treeSeconds(appPid) - before.app;
    const postgres = treeSeconds(postgresPid) - before.postgres;
    const generator = ownSeconds() - before.generator;
    const busy = machineSeconds() - before.machine;
    const share = (seconds: number) => `${((100 * seconds) / capacity).toFixed(0)}%`;
    return {
      cores: os.cpus().length,
      app: share(app),
      postgres: postgresPid ? share(postgres) : 'not measured (external server)',
      generator: share(generator),
      other: share(Math.max(0, busy - app - postgres - generator)),
      idle: share(Math.max(0, capacity - busy)),
    };
  };
}

/** The embedded PostgreSQL's postmaster, from its data folder's postmaster.pid. */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}
