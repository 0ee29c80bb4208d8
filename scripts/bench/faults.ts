// npm run bench:faults — what survives faults under load (docs/BENCHMARKS.md, docs/OPERATIONS.md).
//  1. An embedded PostgreSQL of its own (fresh, .data/bench-faults-postgres, MARGIN_BENCH_FAULTS_PG_PORT
//     54360), supervised as `npm start` supervises it (restarted when it dies), migrated and seeded
//     with one workspace, its members and a document.
//  2. Two production instances (`next start` of .next-test, built first when its sources changed)
//     on MARGIN_BENCH_FAULTS_PORT (3250) and MARGIN_BENCH_FAULTS_PORT2 (3251), one database.
//  3. BENCH_FAULT_WRITERS (4) clients spread over both instances write through the document page's
//     server actions (faults/writer.ts: claim, start, propose, comment; retried after 250 ms while
//     the answer is 503/unavailable or the connection fails), recording every acknowledged write;
//     BENCH_FAULT_LIVE (4) live clients keep the workspace's stream open on both instances
//     (reconnecting with Last-Event-ID), recording every event id.
//  4. Faults, one after another, each once everything recovered from the one before and
//     BENCH_FAULT_STEADY_MS (5000) of calm: kill -9 of the second instance (started again at
//     once); kill -9 of the PostgreSQL postmaster (the supervisor starts it again); the live
//     listeners' connections terminated (pg_terminate_backend on application_name margin-live).
//  5. Then: acknowledged writes missing from the database, errors clients saw by kind, time to
//     recover per fault (to the first acknowledged write on each instance, and to /api/ready),
//     and live events each client should have received but did not.
// Exits 1 when a write was lost, an event missed, an answer was a 500/internal error, or a fault
// was not recovered from within 2 minutes. Run it under the e2e lock on shared machines:
// `flock /tmp/margin-e2e.lock npm run bench:faults` (it may build .next-test).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { getDb } from '@/lib/db';
import { ensureDatabase, postmasterPid, startEmbeddedPostgres } from '../db/embedded-postgres';
import { applyMigrations } from '../db/migrate';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { ensureBuild } from './app-server';
import { AppInstance } from './faults/app-instance';
import { LiveClient } from './faults/live-client';
import { Reader } from './faults/reader';
import { actionId } from './faults/server-action';
import { expectedLiveEvents, findLostWrites } from './faults/verify';
import { Writer } from './faults/writer';
import { LIVE_BENCH_TEXT, seedLiveDesk } from './live/seed';
import { signInOverHttp } from './live/sign-in';
import { printTable } from './measure';

const PORTS = [Number(process.env.MARGIN_BENCH_FAULTS_PORT ?? 3250), Number(process.env.MARGIN_BENCH_FAULTS_PORT2 ?? 3251)];
const PG_PORT = Number(process.env.MARGIN_BENCH_FAULTS_PG_PORT ?? 54360);
const WRITERS = Number(process.env.BENCH_FAULT_WRITERS ?? 4);
const LIVE = Number(process.env.BENCH_FAULT_LIVE ?? 4);
const STEADY_MS = Number(process.env.BENCH_FAULT_STEADY_MS ?? 5000);
const RECOVERY_LIMIT_MS = 120_000;
const DIST_DIR = '.next-test';
const DATA_DIR = path.join(PROJECT_ROOT, '.data', 'bench-faults-postgres');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number | null) => (ms === null ? 'not recovered' : (ms / 1000).toFixed(2));

type Recovery = { fault: string; firstAckMs: (number | null)[]; readyMs: (number | null)[] };

const isReady = (instance: AppInstance) =>
  fetch(`${instance.baseUrl}/api/ready`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.ok,
    () => false,
  );

fs.rmSync(DATA_DIR, { recursive: true, force: true });
const server = await startEmbeddedPostgres({
  dataDir: DATA_DIR,
  port: PG_PORT,
  supervise: true,
  log: (line) => console.log(`[supervisor] ${line}`),
});
const instances: AppInstance[] = [];
const writers: Writer[] = [];
const readers: Reader[] = [];
const liveClients: LiveClient[] = [];
let failed = false;
try {
  await ensureDatabase(server.urlFor('postgres'), 'margin');
  const url = server.urlFor('margin');
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  console.log('Seeding…');
  const desk = await seedLiveDesk(Math.max(WRITERS, LIVE, 2));
  await getDb().$disconnect();

  const env = {
    ...process.env,
    DATABASE_URL: url,
    MARGIN_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else',
    AUTH_TRUST_HOST: 'true',
    MARGIN_LINK_CHECKS: 'off',
    MARGIN_LOG_LEVEL: 'warn',
  };
  await ensureBuild(DIST_DIR, env);
  const ids = {
    createAnnotation: actionId(DIST_DIR, 'lib/actions/annotations.ts', 'createAnnotationAction'),
    claimStep: actionId(DIST_DIR, 'lib/actions/claims.ts', 'claimStepAction'),
    createComment: actionId(DIST_DIR, 'lib/actions/comments.ts', 'createCommentAction'),
  };
  for (const port of PORTS) instances.push(new AppInstance(port, env, path.join(PROJECT_ROOT, '.data', `bench-faults-${port}.log`)));
  for (const instance of instances) fs.rmSync(instance.logFile, { force: true });
  await Promise.all(instances.map((instance) => instance.start()));

  console.log('Signing in, opening live streams…');
  const instanceOf = (index: number) => instances[index % instances.length]!;
  for (let index = 0; index < LIVE; index += 1) {
    const cookie = await signInOverHttp(instanceOf(index).baseUrl, desk.users[index]!);
    liveClients.push(new LiveClient(`${instanceOf(index).baseUrl}/api/w/${desk.workspace.slug}/live`, cookie));
  }
  for (const client of liveClients) client.start();
  const writerDesk = {
    slug: desk.workspace.slug,
    documentId: desk.document.id,
    versionId: desk.document.versionId,
    textLength: LIVE_BENCH_TEXT.length,
  };
  for (let index = 0; index < WRITERS; index += 1) {
    const cookie = await signInOverHttp(instanceOf(index).baseUrl, desk.users[index]!);
    writers.push(new Writer(instanceOf(index).baseUrl, cookie, writerDesk, ids, index));
  }
  const greetedBy = performance.now() + 30_000;
  while (liveClients.some((client) => client.firstCursor === null)) {
    if (performance.now() > greetedBy) throw new Error('A live stream did not say hello within 30 s.');
    await sleep(50);
  }
  for (const [index, instance] of instances.entries()) {
    const cookie = await signInOverHttp(instance.baseUrl, desk.users[index]!);
    const firstClaim = () => writers.flatMap((writer) => writer.acks).find((ack) => ack.kind === 'claim_step')?.id;
    const claimPath = () => {
      const claimId = firstClaim();
      return claimId ? `/api/w/${desk.workspace.slug}/claims/${claimId}` : null;
    };
    readers.push(new Reader(instance.baseUrl, cookie, `/w/${desk.workspace.slug}/documents/${desk.document.id}`, claimPath));
  }
  const started = performance.now();
  for (const client of [...writers, ...readers]) client.start();
  await sleep(STEADY_MS);

  /** Waits until every instance acknowledged a write and answers ready after `at`. */
  const recover = async (fault: string, at: number): Promise<Recovery> => {
    const recovery: Recovery = { fault, firstAckMs: instances.map(() => null), readyMs: instances.map(() => null) };
    while (performance.now() - at < RECOVERY_LIMIT_MS) {
      instances.forEach((_instance, index) => {
        const acked = writers
          .filter((_writer, writerIndex) => writerIndex % instances.length === index)
          .flatMap((writer) => writer.attempts.filter((attempt) => attempt.ok && attempt.at > at).map((attempt) => attempt.at));
        if (acked.length) recovery.firstAckMs[index] = Math.min(...acked) - at;
      });
      const ready = await Promise.all(instances.map(isReady));
      ready.forEach((isUp, index) => {
        if (isUp && recovery.readyMs[index] === null) recovery.readyMs[index] = performance.now() - at;
        if (!isUp) recovery.readyMs[index] = null; // not ready (again): count to the next 200
      });
      if (recovery.firstAckMs.every((ms) => ms !== null) && ready.every(Boolean)) return recovery;
      await sleep(100);
    }
    return recovery;
  };

  const recoveries: Recovery[] = [];
  const faultTimes: { fault: string; at: number }[] = [];
  console.log('Fault 1: kill -9 of the second instance, started again at once…');
  let at = performance.now();
  faultTimes.push({ fault: '1', at });
  instances[1]!.kill();
  const restarted = instances[1]!.start();
  recoveries.push(await recover('kill -9 of instance 2, restarted at once', at));
  await restarted;
  await sleep(STEADY_MS);

  console.log('Fault 2: kill -9 of the PostgreSQL postmaster (the supervisor starts it again)…');
  at = performance.now();
  faultTimes.push({ fault: '2', at });
  process.kill(postmasterPid(DATA_DIR)!, 'SIGKILL');
  recoveries.push(await recover('kill -9 of the PostgreSQL postmaster, restarted by the supervisor', at));
  await sleep(STEADY_MS);

  console.log('Fault 3: the live listeners’ connections terminated…');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  at = performance.now();
  faultTimes.push({ fault: '3', at });
  const { rowCount: terminated } = await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'margin-live'",
  );
  await admin.end();
  recoveries.push(await recover(`the live listeners' connections terminated (${terminated})`, at));
  await sleep(STEADY_MS);

  await Promise.all([...writers, ...readers].map((client) => client.stop()));
  const loadMs = performance.now() - started;

  // Every live client must catch up to the newest event, then nothing may be missing.
  const subscribers = liveClients.map((client, index) => ({
    userId: desk.users[index]!.id,
    workspaceId: desk.workspace.id,
    since: client.firstCursor!,
  }));
  const { newest } = await expectedLiveEvents(url, subscribers);
  const caughtUpBy = performance.now() + 30_000;
  const isCaughtUp = (client: LiveClient) => newest === null || (client.lastId !== null && BigInt(client.lastId) >= BigInt(newest));
  while (!liveClients.every(isCaughtUp) && performance.now() < caughtUpBy) await sleep(100);
  await Promise.all(liveClients.map((client) => client.stop()));
  const { expected } = await expectedLiveEvents(url, subscribers);
  const missed = liveClients.map((client, index) => expected[index]!.filter((id) => !client.received.has(id)));

  const acks = writers.flatMap((writer) => writer.acks);
  const lost = await findLostWrites(url, acks);
  const errors = new Map<string, number>();
  for (const writer of writers) for (const [kind, count] of writer.errors) errors.set(kind, (errors.get(kind) ?? 0) + count);
  const reads = new Map<string, number>();
  for (const reader of readers) for (const [kind, count] of reader.answers) reads.set(kind, (reads.get(kind) ?? 0) + count);
  const internal = [...errors, ...reads]
    .filter(([kind]) => /internal|HTTP 5\d\d(?! \(Retry)/.test(kind))
    .reduce((sum, [, count]) => sum + count, 0);

  printTable([
    { figure: 'app instances / writers / live clients', value: `${instances.length} / ${WRITERS} / ${LIVE}`, target: '' },
    { figure: 'load duration s', value: (loadMs / 1000).toFixed(1), target: '' },
    {
      figure: 'acknowledged writes (annotations, claim steps, comments)',
      value: `${acks.length} (${['annotation', 'claim_step', 'comment'].map((kind) => acks.filter((ack) => ack.kind === kind).length).join(', ')})`,
      target: '',
    },
    { figure: 'acknowledged writes missing from the database', value: lost.length, target: '0' },
    { figure: '500 / internal answers', value: internal, target: '0' },
    { figure: 'live events expected (sum over clients)', value: expected.reduce((sum, list) => sum + list.length, 0), target: '' },
    { figure: 'live events missed', value: missed.reduce((sum, list) => sum + list.length, 0), target: '0' },
    {
      figure: 'live duplicates / resets',
      value: `${liveClients.reduce((sum, c) => sum + c.duplicates, 0)} / ${liveClients.reduce((sum, c) => sum + c.resets, 0)}`,
      target: '0 resets',
    },
    {
      figure: 'live reconnections (streams opened − clients) / refused attempts',
      value: `${liveClients.reduce((sum, c) => sum + c.connections, 0) - LIVE} / ${liveClients.reduce((sum, c) => sum + c.failedConnects, 0)}`,
      target: '',
    },
  ]);
  console.log('\nFailed attempts by kind (each retried until acknowledged or refused):');
  printTable([...errors].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count })));
  console.log('\nReads (the document page and a claim’s JSON, every 200 ms on each instance), answers by kind:');
  printTable([...reads].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count })));
  console.log('\nRecovery, seconds from the fault (instance 1 / instance 2):');
  printTable(
    recoveries.map((recovery) => ({
      fault: recovery.fault,
      'first acknowledged write': recovery.firstAckMs.map(seconds).join(' / '),
      '/api/ready 200': recovery.readyMs.map(seconds).join(' / '),
    })),
  );
  for (const bug of [...writers, ...readers].flatMap((client) => client.bugs)) {
    const fault = faultTimes.filter((time) => time.at <= bug.at).at(-1);
    console.log(`${bug.kind}: ${fault ? `${((bug.at - fault.at) / 1000).toFixed(2)} s after fault ${fault.fault}` : 'before the faults'}`);
  }
  console.log(`Instance logs: ${instances.map((instance) => path.relative(PROJECT_ROOT, instance.logFile)).join(', ')}`);
  if (lost.length) console.log('Lost:', JSON.stringify(lost.slice(0, 10)));
  missed.forEach((ids, index) => ids.length && console.log(`Live client ${index} missed: ${ids.slice(0, 20).join(', ')}`));
  const unrecovered = recoveries.some((recovery) => [...recovery.firstAckMs, ...recovery.readyMs].includes(null));
  failed = lost.length > 0 || internal > 0 || missed.some((ids) => ids.length) || unrecovered;
} finally {
  await Promise.all([...[...writers, ...readers].map((client) => client.stop()), ...liveClients.map((client) => client.stop())]);
  await Promise.all(instances.map((instance) => instance.stop()));
  await server.stop();
}
process.exit(failed ? 1 : 0);
