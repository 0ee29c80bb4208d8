// npm run bench:load — many people at once: BENCH_LOAD_CLIENTS (100) signed-in members of one
// workspace working at the same time against a production server.
//  1. A fresh database (the tests' PostgreSQL) with the desk (load/seed.ts, server functions):
//     the members, BENCH_LOAD_DOCUMENTS (10) copies of the demo article with
//     BENCH_LOAD_CLAIMS (30) claims each, and a personal access token per member.
//  2. The production build (.next-test, built first when its sources changed) served by `next
//     start` on MARGIN_BENCH_LOAD_PORT (3260), 127.0.0.1 only, jobs off; MARGIN_TRUSTED_PROXIES
//     = 127.0.0.1, so that each member signs in from an address of their own (X-Forwarded-For),
//     as a desk's people do, rather than 100 sign-ins from one address.
//  3. Every member signs in over HTTP (a session cookie) and opens the live stream of a document
//     (SSE), held open until the end.
//  4. BENCH_LOAD_WARMUP_SECONDS (5) of the workload, not counted, then BENCH_LOAD_SECONDS (30):
//     each member sends one request after another (load/workload.ts: open a document's page,
//     list annotations, board queries, mark claims, workflow steps, comments).
//  5. BENCH_LOAD_WRITE_SECONDS (15) of writes only (mark, workflow step, comment; a closed loop
//     again): the app's saturated write rate, which the ceiling below is compared with.
//  6. BENCH_LOAD_PACED_SECONDS (30) of the mixed workload with a pause before each request,
//     BENCH_LOAD_THINK_SECONDS (4) on average (uniform, half to one and a half of it): people
//     who read between clicks, rather than the saturation of the closed loop.
//  7. The ceiling: the same writes straight through `pg`, as many workers, a pool of the app's
//     size (all its instances' connections), BENCH_LOAD_PG_SECONDS (10) (load/pg-ceiling.ts).
// BENCH_LOAD_INSTANCES (1): app processes sharing the port (MARGIN_INSTANCES, scripts/serve.mjs).
// BENCH_LOAD_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops (one
// per instance).
// Prints per request type: requests, rate, p50/p95/p99, unexpected answers; the live events
// received; the CPU split; the writes' rate against the ceiling. Exits 1 on any error.
// On shared machines: `flock /tmp/margin-e2e.lock npm run bench:load` (it may build .next-test).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'undici';
import { closeDb, dbPoolSize } from '@/lib/db';
import { applyMigrations } from '../db/migrate';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { start } from '../lib/run';
import { serveCommand } from '../lib/serve-command';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { ensureBuild, stopServer, waitForServer } from './app-server';
import { signInOverHttp } from './live/sign-in';
import { postmasterPid, startCpuSplit } from './load/cpu-split';
import { runPgCeiling } from './load/pg-ceiling';
import { probeServer } from './load/server-probe';
import { seedLoadDesk } from './load/seed';
import { LoadStats, summarise } from './load/stats';
import { openLiveStreams } from './load/streams';
import { runClient, WRITE_TYPES, type LoadClient, type Pace, type Shared } from './load/workload';
import { printTable } from './measure';

const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 100);
const DOCUMENTS = Number(process.env.BENCH_LOAD_DOCUMENTS ?? 10);
const CLAIMS = Number(process.env.BENCH_LOAD_CLAIMS ?? 30);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 5);
const PG_SECONDS = Number(process.env.BENCH_LOAD_PG_SECONDS ?? 10);
const WRITE_SECONDS = Number(process.env.BENCH_LOAD_WRITE_SECONDS ?? 15);
const PACED_SECONDS = Number(process.env.BENCH_LOAD_PACED_SECONDS ?? 30);
const THINK_SECONDS = Number(process.env.BENCH_LOAD_THINK_SECONDS ?? 4);
const INSTANCES = Number(process.env.BENCH_LOAD_INSTANCES ?? 1);
const PORT = Number(process.env.MARGIN_BENCH_LOAD_PORT ?? 3260);
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The app's connections (lib/db.ts, MARGIN_DB_POOL_SIZE, per instance), which the ceiling's pool matches. */
const APP_POOL_SIZE = dbPoolSize() * INSTANCES;
const METRICS_TOKEN = 'bench-load-metrics-token';
/** A folder for the server's V8 CPU profile (written when it stops), to see where its time goes. */
const CPU_PROFILE_DIR = process.env.BENCH_LOAD_CPU_PROFILE;

const addressOf = (index: number) => `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
const sumOf = (rows: ReturnType<typeof summarise>, types: string[]) =>
  rows.filter((row) => types.includes(row.type)).reduce((sum, row) => sum + row.requests, 0);

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench_load');
const logFile = path.join(os.tmpdir(), `margin-load-server-${process.pid}.log`);
let app: ReturnType<typeof start> | null = null;
const requests = new Pool(BASE_URL, { connections: CLIENTS });
const streamPool = new Pool(BASE_URL, { connections: CLIENTS, bodyTimeout: 0 });
let failed = false;
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  console.log(`Seeding ${CLIENTS} members, ${DOCUMENTS} documents with ${CLAIMS} claims each…`);
  const desk = await seedLoadDesk({ clients: CLIENTS, documents: DOCUMENTS, claimsPerDocument: CLAIMS });

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: database.url };
  await ensureBuild('.next-test', env);
  const log = fs.openSync(logFile, 'w');
  const profile = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
  const [command, args] = serveCommand(['--port', String(PORT), '--hostname', '127.0.0.1'], profile, INSTANCES);
  app = start(command, args, {
    env: {
      ...env,
      MARGIN_INSTANCES: String(INSTANCES),
      MARGIN_DIST_DIR: '.next-test',
      AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else',
      AUTH_TRUST_HOST: 'true',
      APP_URL: BASE_URL,
      MARGIN_LINK_CHECKS: 'off',
      MARGIN_WEBHOOKS: 'off',
      MARGIN_TRUSTED_PROXIES: '127.0.0.1',
      MARGIN_LOG_LEVEL: 'warn',
      MARGIN_METRICS_TOKEN: METRICS_TOKEN,
    },
    cwd: PROJECT_ROOT,
    stdio: ['ignore', log, log],
  });
  await waitForServer(`${BASE_URL}/api/health`);

  console.log(`Signing in ${CLIENTS} members…`);
  const clients: LoadClient[] = [];
  for (let index = 0; index < CLIENTS; index += 5) {
    const batch = desk.members.slice(index, index + 5).map(async (member, offset) => {
      const address = addressOf(index + offset);
      const cookie = await signInOverHttp(BASE_URL, member, { 'x-forwarded-for': address });
      return { index: index + offset, cookie, token: member.token, address };
    });
    clients.push(...(await Promise.all(batch)));
  }

  console.log(`Opening ${CLIENTS} live streams…`);
  const documentOf = (client: LoadClient) => desk.documents[client.index % desk.documents.length]!;
  const streams = await openLiveStreams(
    streamPool,
    clients,
    (client) => `/api/w/${desk.workspace.slug}/live?document=${documentOf(client).id}`,
  );

  const shared: Shared = {
    desk,
    annotations: desk.claims.map((claim) => claim.annotationId),
    ownClaims: desk.members.map((_, index) =>
      desk.claims
        .filter((claim) => claim.authorIndex === index)
        .map((claim) => ({ claimId: claim.claimId, version: 1, status: 'unchecked' as const })),
    ),
    reviews: desk.members.map(() => []),
  };
  const runAll = async (stats: LoadStats, seconds: number, pace?: Pace) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(clients.map((client) => runClient(requests, client, shared, stats, until, pace)));
  };
  console.log(`Warming up for ${WARMUP_SECONDS} s…`);
  await runAll(new LoadStats(), WARMUP_SECONDS);

  console.log(`Running ${CLIENTS} clients for ${SECONDS} s (server log: ${logFile})…`);
  const stats = new LoadStats();
  const eventsBefore = streams.events();
  const stopCpu = startCpuSplit(
    app.pid ?? null,
    server.isEmbedded ? postmasterPid(path.join(PROJECT_ROOT, '.data', 'test-postgres')) : null,
  );
  const stopProbe = probeServer(BASE_URL, METRICS_TOKEN);
  const started = performance.now();
  await runAll(stats, SECONDS);
  const seconds = (performance.now() - started) / 1000;
  const cpu = stopCpu();
  const probe = stopProbe();
  const events = streams.events() - eventsBefore;

  console.log(`Writes only, ${CLIENTS} clients, ${WRITE_SECONDS} s…`);
  const writeStats = new LoadStats();
  const writeStarted = performance.now();
  await runAll(writeStats, WRITE_SECONDS, { types: WRITE_TYPES });
  const writeSeconds = (performance.now() - writeStarted) / 1000;

  console.log(`Paced: ${CLIENTS} clients pausing ${THINK_SECONDS} s on average before each request, ${PACED_SECONDS} s…`);
  const pacedStats = new LoadStats();
  const pacedStarted = performance.now();
  const stopPacedCpu = startCpuSplit(
    app.pid ?? null,
    server.isEmbedded ? postmasterPid(path.join(PROJECT_ROOT, '.data', 'test-postgres')) : null,
  );
  await runAll(pacedStats, PACED_SECONDS, { thinkMs: () => THINK_SECONDS * 1000 * (0.5 + Math.random()) });
  const pacedSeconds = (performance.now() - pacedStarted) / 1000;
  const pacedCpu = stopPacedCpu();
  await streams.close();

  console.log(`Writing straight through pg for ${PG_SECONDS} s (${CLIENTS} workers, a pool of ${APP_POOL_SIZE})…`);
  const pgStats = new LoadStats();
  const pgStarted = performance.now();
  await runPgCeiling({
    url: database.url,
    poolSize: APP_POOL_SIZE,
    workers: CLIENTS,
    seconds: PG_SECONDS,
    desk,
    annotations: shared.annotations,
    stats: pgStats,
  });
  const pgSeconds = (performance.now() - pgStarted) / 1000;

  const rows = summarise(stats, seconds);
  const writeRows = summarise(writeStats, writeSeconds);
  const pacedRows = summarise(pacedStats, pacedSeconds);
  const pgRows = summarise(pgStats, pgSeconds);
  console.log('\nClosed loop (no pause), the mixed workload:');
  printTable(rows);
  console.log('\nClosed loop, writes only:');
  printTable(writeRows);
  console.log(`\nPaced (${THINK_SECONDS} s between requests on average), the mixed workload:`);
  printTable(pacedRows);
  console.log('\nStraight through pg:');
  printTable(pgRows);
  const appWriteRate = sumOf(rows, WRITE_TYPES) / seconds;
  const appWriteOnlyRate = (writeRows.at(-1)?.requests ?? 0) / writeSeconds;
  const pgWriteRate = (pgRows.at(-1)?.requests ?? 0) / pgSeconds;
  const percentOf = (rate: number) => `${((100 * rate) / pgWriteRate).toFixed(0)}%`;
  const allStats = [stats, writeStats, pacedStats, pgStats];
  const errors = allStats
    .flatMap((entry) => [...entry.byType.values()])
    .reduce((sum, entry) => sum + [...entry.unexpected.values()].reduce((total, count) => total + count, 0), 0);
  const p95 = Number(rows.at(-1)?.['p95 ms'] ?? 0);
  const paced = pacedRows.at(-1);
  console.log('');
  printTable([
    { figure: 'clients (signed in, each with a live stream open)', value: CLIENTS },
    { figure: 'app instances (processes sharing the port)', value: INSTANCES },
    { figure: 'duration s', value: seconds.toFixed(1) },
    { figure: 'unexpected answers and socket errors (target 0)', value: errors },
    { figure: 'p95 of all requests ms, closed loop (target < 300)', value: p95 },
    {
      figure: `paced, ${THINK_SECONDS} s pauses: requests per s / p50 / p95 / p99 ms`,
      value: `${paced?.['per s']} / ${paced?.['p50 ms']} / ${paced?.['p95 ms']} / ${paced?.['p99 ms']}`,
    },
    { figure: 'live streams that failed or ended early', value: streams.failures.length },
    { figure: 'live change events received (all streams)', value: events },
    { figure: 'writes through the app per s, mixed closed loop', value: appWriteRate.toFixed(1) },
    { figure: 'writes through the app per s, writes-only closed loop', value: appWriteOnlyRate.toFixed(1) },
    {
      figure: `the same writes straight through pg per s (${CLIENTS} workers, ${APP_POOL_SIZE} connections)`,
      value: pgWriteRate.toFixed(1),
    },
    { figure: 'app / pg, mixed closed loop (as measured before)', value: percentOf(appWriteRate) },
    { figure: 'app / pg, writes only against writes only (target ≥ 30%)', value: percentOf(appWriteOnlyRate) },
    {
      figure: `CPU of ${cpu.cores} cores: app / postgres / load generator / other / idle`,
      value: `${cpu.app} / ${cpu.postgres} / ${cpu.generator} / ${cpu.other} / ${cpu.idle}`,
    },
    {
      figure: 'the same, paced',
      value: `${pacedCpu.app} / ${pacedCpu.postgres} / ${pacedCpu.generator} / ${pacedCpu.other} / ${pacedCpu.idle}`,
    },
    {
      figure: 'load average (1 / 5 / 15 min) at the end',
      value: os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' / '),
    },
    {
      figure: `requests waiting for one of the app's ${APP_POOL_SIZE} connections: mean / max`,
      value: `${probe.poolWaitingMean} / ${probe.poolWaitingMax}`,
    },
    { figure: 'server event-loop delay: mean / worst p99 ms', value: `${probe.eventLoopLagMeanMs} / ${probe.eventLoopLagP99Ms}` },
  ]);
  for (const line of [...allStats.flatMap((entry) => entry.firstErrors), ...streams.failures.slice(0, 5)]) console.error(line);
  failed = errors > 0 || streams.failures.length > 0;
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await requests.close();
  await streamPool.destroy();
  await stopServer(app);
  await closeDb(); // its pool too: dropping the database would end its connections with an error
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
process.exit(failed ? 1 : 0);
