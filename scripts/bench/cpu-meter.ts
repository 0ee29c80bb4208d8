// CPU time spent by this process and by the PostgreSQL backends serving one database, read from
// /proc (Linux, a local server): on a machine shared with other work, wall time stretches with
// the load while CPU time hardly moves, so a ratio of CPU times says what a ratio of times cannot.
import fs from 'node:fs';
import pg from 'pg';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process, in ms; null once it has exited (or off Linux). */
function processCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** A meter over the backends of `databaseUrl`'s database (its own connection left out). */
export async function openCpuMeter(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const backends = async () => {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return new Map(
      rows.flatMap(({ pid }) => {
        const ms = processCpuMs(pid);
        return ms === null ? [] : [[pid, ms] as const];
      }),
    );
  };
  return {
    /** Starts a reading; `stop()` gives the CPU ms of this process and of the database's backends since. */
    async start() {
      const node = process.cpuUsage();
      const before = await backends();
      return {
        async stop() {
          const nodeUsed = process.cpuUsage(node);
          const after = await backends();
          let postgresMs = 0;
          for (const [pid, ms] of after) postgresMs += ms - (before.get(pid) ?? 0);
          return { nodeMs: (nodeUsed.user + nodeUsed.system) / 1000, postgresMs };
        },
      };
    },
    close: () => client.end(),
  };
}
