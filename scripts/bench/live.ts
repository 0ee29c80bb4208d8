// npm run bench:live — how fast a change reaches the people who have the document open, and
// what an open live connection costs the server.
//  1. A fresh database (the tests' PostgreSQL) with BENCH_SUBSCRIBERS (50) members and a document.
//  2. The production build — the one the end-to-end tests use (.next-test), built first when its
//     sources changed — served by `next start` on MARGIN_BENCH_LIVE_PORT (3210), with a memory
//     probe preloaded (live/memory-probe.mjs: garbage-collects and reports on SIGUSR2).
//  3. Each member signs in over HTTP and opens the document's live stream (fetch, streamed).
//  4. BENCH_CHANGES (200) changes, one after another, written by this process straight to the
//     database with the server functions (a note annotation or a comment, alternately — the
//     triggers fire for any writer); each waits until all subscribers have it. Delay = arrival at
//     a subscriber − the moment the writer saw its commit return (0 when the event won the race).
//  5. Server memory before and after opening BENCH_IDLE (500) more, idle, workspace streams,
//     divided by their number; then everything is closed and their Presence rows must go.
// Prints a table. Asserts only that everything arrived. Run it under the e2e lock on shared
// machines: `flock /tmp/margin-e2e.lock npm run bench:live` (it may build .next-test).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDb } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { readSse, type SseMessage } from '../../tests/integration/support/sse-reader';
import { applyMigrations } from '../db/migrate';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { bin, start } from '../lib/run';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { ensureBuild, waitForServer } from './app-server';
import { LIVE_BENCH_TEXT, seedLiveDesk } from './live/seed';
import { signInOverHttp } from './live/sign-in';
import { printTable } from './measure';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 50);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const IDLE = Number(process.env.BENCH_IDLE ?? 500);
const PORT = Number(process.env.MARGIN_BENCH_LIVE_PORT ?? 3210);
const DIST_DIR = '.next-test';
const BASE_URL = `http://localhost:${PORT}`; // Auth.js builds its URLs with localhost
const PROBE = path.join(PROJECT_ROOT, 'scripts/bench/live/memory-probe.mjs');

type Stream = { abort: AbortController; contentEncoding: string | null; ready: Promise<void> };

/** Resolves when `condition` holds, checked after each message; rejects after `ms`. */
function until(condition: () => boolean, ms: number, what: string, listeners: Set<() => void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listeners.delete(check);
      reject(new Error(`Timed out waiting for ${what}.`));
    }, ms);
    const check = () => {
      if (!condition()) return;
      clearTimeout(timer);
      listeners.delete(check);
      resolve();
    };
    listeners.add(check);
    check();
  });
}

/** Polls `condition` every 50 ms until it holds; rejects after `ms`. */
async function pollUntil(condition: () => Promise<boolean>, ms: number, what: string) {
  const deadline = performance.now() + ms;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const listeners = new Set<() => void>();
const wake = () => listeners.forEach((check) => check());

async function openStream(cookie: string, query: string, onMessage: (message: SseMessage) => void): Promise<Stream> {
  const abort = new AbortController();
  const response = await fetch(`${BASE_URL}/api/w/${query}`, {
    headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
    signal: abort.signal,
  });
  if (!response.ok || response.headers.get('content-type') !== 'text/event-stream; charset=utf-8')
    throw new Error(`The live route answered ${response.status}.`);
  let greeted = false;
  const sse = readSse(response, (message) => {
    if (message.event === 'hello') greeted = true;
    onMessage(message);
    wake();
  });
  void sse.done;
  return { abort, contentEncoding: response.headers.get('content-encoding'), ready: until(() => greeted, 30_000, 'a hello', listeners) };
}

/** Server memory (after garbage collection), read through the preloaded probe. */
async function serverMemory(pid: number, probeFile: string, taken: { count: number }) {
  taken.count += 1;
  const file = `${probeFile}.${taken.count}`;
  process.kill(pid, 'SIGUSR2');
  await pollUntil(async () => fs.existsSync(file), 30_000, 'the memory probe');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { rss: number; heapUsed: number; external: number };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench_live');
const probeFile = path.join(os.tmpdir(), `margin-bench-live-${process.pid}`);
let app: ReturnType<typeof start> | null = null;
const streams: Stream[] = [];
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  console.log(`Seeding ${SUBSCRIBERS} members…`);
  const desk = await seedLiveDesk(SUBSCRIBERS);

  const env = { ...process.env, DATABASE_URL: database.url, MARGIN_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  await ensureBuild(DIST_DIR, env);
  app = start(bin('next'), ['start', '--port', String(PORT)], {
    env: {
      ...env,
      AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else',
      AUTH_TRUST_HOST: 'true',
      NODE_OPTIONS: `--import=${pathToFileURL(PROBE).href}`,
      MARGIN_MEMORY_PROBE_FILE: probeFile,
    },
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`${BASE_URL}/sign-in`);

  console.log('Signing in…');
  const cookies: string[] = [];
  for (let index = 0; index < desk.users.length; index += 5) {
    cookies.push(...(await Promise.all(desk.users.slice(index, index + 5).map((user) => signInOverHttp(BASE_URL, user)))));
  }

  // arrivals.get(entityId) = arrival times (ms) at each subscriber
  const arrivals = new Map<string, number[]>();
  const onChange = (message: SseMessage) => {
    if (message.event !== 'change') return;
    const { entityId } = message.data as { entityId: string };
    const now = performance.now();
    const list = arrivals.get(entityId);
    if (list) list.push(now);
    else arrivals.set(entityId, [now]);
  };
  console.log(`Opening ${SUBSCRIBERS} document streams…`);
  for (const cookie of cookies)
    streams.push(await openStream(cookie, `${desk.workspace.slug}/live?document=${desk.document.id}`, onChange));
  await Promise.all(streams.map((stream) => stream.ready));
  const encodings = new Set(streams.map((stream) => stream.contentEncoding ?? 'none'));
  // Presence: everyone's open streams are listed before the changes start.
  const presenceRows = () => getDb().presence.count({ where: { documentId: desk.document.id } });
  await pollUntil(async () => (await presenceRows()) === SUBSCRIBERS, 30_000, 'a presence row per stream');

  console.log(`Making ${CHANGES} changes…`);
  const delays: number[] = [];
  const writes: number[] = [];
  let raced = 0;
  const owner = desk.users[0]!;
  let firstNote: string | null = null;
  for (let index = 0; index < CHANGES; index += 1) {
    const started = performance.now();
    let entityId: string;
    if (index % 2 === 0 || !firstNote) {
      const start = (index * 7) % (LIVE_BENCH_TEXT.length - 10);
      const note = await createAnnotation({
        workspaceId: desk.workspace.id,
        userId: owner.id,
        documentId: desk.document.id,
        versionId: desk.document.versionId,
        start,
        end: start + 8,
        kind: 'note',
        visibility: 'shared',
        tagIds: [],
      });
      entityId = note.id;
      firstNote ??= note.id;
    } else {
      entityId = (
        await createComment({
          workspaceId: desk.workspace.id,
          userId: owner.id,
          annotationId: firstNote,
          parentId: null,
          body: `Comment ${index}`,
        })
      ).id;
    }
    const committed = performance.now();
    writes.push(committed - started);
    await until(() => (arrivals.get(entityId)?.length ?? 0) >= SUBSCRIBERS, 30_000, `change ${index} at every subscriber`, listeners);
    for (const arrived of arrivals.get(entityId)!) {
      if (arrived < committed) raced += 1;
      delays.push(Math.max(0, arrived - committed));
    }
  }
  delays.sort((a, b) => a - b);
  writes.sort((a, b) => a - b);

  console.log(`Opening ${IDLE} idle workspace streams…`);
  const taken = { count: 0 };
  const before = await serverMemory(app.pid!, probeFile, taken);
  const idle: Stream[] = [];
  for (let index = 0; index < IDLE; index += 1)
    idle.push(await openStream(cookies[index % cookies.length]!, `${desk.workspace.slug}/live`, () => {}));
  await Promise.all(idle.map((stream) => stream.ready));
  const after = await serverMemory(app.pid!, probeFile, taken);
  streams.push(...idle);

  for (const stream of streams) stream.abort.abort();
  const closed = performance.now();
  await pollUntil(async () => (await presenceRows()) === 0, 30_000, 'the presence rows to go after closing');
  const presenceGoneMs = performance.now() - closed;

  printTable([
    { figure: 'subscribers (document streams, each a signed-in member)', value: SUBSCRIBERS },
    { figure: 'changes (one at a time)', value: CHANGES },
    { figure: 'deliveries measured', value: delays.length },
    { figure: 'delay commit → subscriber p50 ms', value: percentile(delays, 50).toFixed(1) },
    { figure: 'delay commit → subscriber p95 ms', value: percentile(delays, 95).toFixed(1) },
    { figure: 'delay commit → subscriber max ms', value: delays.at(-1)!.toFixed(1) },
    { figure: 'deliveries that beat the writer’s commit return', value: raced },
    { figure: 'write (server function, to commit) p50 ms', value: percentile(writes, 50).toFixed(1) },
    { figure: 'content-encoding of the streams', value: [...encodings].join(', ') },
    { figure: `server RSS before / after ${IDLE} idle streams MB`, value: `${mb(before.rss)} / ${mb(after.rss)}` },
    { figure: `server heap before / after ${IDLE} idle streams MB`, value: `${mb(before.heapUsed)} / ${mb(after.heapUsed)}` },
    { figure: 'RSS per open stream KB', value: ((after.rss - before.rss) / IDLE / 1024).toFixed(1) },
    { figure: 'heap per open stream KB', value: ((after.heapUsed - before.heapUsed) / IDLE / 1024).toFixed(1) },
    { figure: 'presence rows gone after closing, ms', value: presenceGoneMs.toFixed(0) },
  ]);
} finally {
  for (const stream of streams) stream.abort.abort();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once('exit', resolve));
    app.kill('SIGTERM');
    await exited; // before its database goes
  }
  for (const file of fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(path.basename(probeFile))))
    fs.rmSync(path.join(os.tmpdir(), file));
  await getDb().$disconnect();
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
