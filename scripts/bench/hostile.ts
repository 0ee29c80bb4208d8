// npm run bench:hostile — whether hostile input hurts anyone else: while a second member's
// client reads a light page every 50 ms, one member sends the server input made to hurt it.
//  1. A fresh database (the tests' PostgreSQL) with a member, a short document with a claim,
//     100 KB documents of one letter and of dots, and a document whose two versions are 8,000
//     unrelated words (hostile/seed.ts, server functions).
//  2. The production build (.next-test, built first when its sources changed) served by `next
//     start` on MARGIN_BENCH_HOSTILE_PORT (3220); the member signs in over HTTP.
//  3. Idle baseline: the light page (the claim's JSON, GET /api/w/<slug>/claims/<id>) for ~5 s.
//  4. Each attack (hostile/inputs.ts) while the light page is polled: its answer (status and
//     message), how long it took, the light page's p50/p99 meanwhile, and the resident memory of
//     the server process (the one of the `next start` tree that listens; /proc) before, at its
//     peak and after.
// Prints a table with the targets (light page p99 < 250 ms; every answer within its budget,
// docs/LIMITS.md; RSS growth < MARGIN_WORK_MEMORY_MB). Asserts no timing; exits 1 only when an
// attack gets no answer within 120 s or the server dies. On shared machines run it under the
// e2e lock: `flock /tmp/margin-e2e.lock npm run bench:hostile` (it may build .next-test).
import { closeDb } from '@/lib/db';
import { applyMigrations } from '../db/migrate';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { bin, start } from '../lib/run';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { ensureBuild, stopServer, waitForServer } from './app-server';
import { docxManyParagraphs, docxZipBomb, nestedHtml, pdfManyPages, shortLines, w3cCollection } from './hostile/inputs';
import { percentile, startPoller, type PollResult } from './hostile/poller';
import { listeningPid, processStatus, threadNames } from './hostile/process-stats';
import { seedHostileDesk } from './hostile/seed';
import { signInOverHttp } from './live/sign-in';
import { printTable } from './measure';

const PORT = Number(process.env.MARGIN_BENCH_HOSTILE_PORT ?? 3220);
const DIST_DIR = '.next-test';
const BASE_URL = `http://localhost:${PORT}`; // Auth.js builds its URLs with localhost
const ANSWER_TIMEOUT_MS = 120_000;
const IDLE_MS = 5_000;
const MIN_ATTACK_WINDOW_MS = 1_000;
const P99_TARGET_MS = 250;
/** The light page is polled this long before each attack is sent. */
const LEAD_MS = 200;
const MEMORY_LIMIT_MB = Number(process.env.MARGIN_WORK_MEMORY_MB ?? 512);

type Outcome = { status: string; message: string };
/** `send` builds its input first (not timed), then returns the request to time. */
type Attack = { name: string; budgetMs: number; send: () => Promise<() => Promise<Outcome>> | (() => Promise<Outcome>) };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const short = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

class NoAnswer extends Error {}

/** fetch bounded by ANSWER_TIMEOUT_MS; a timeout becomes NoAnswer. */
async function send(path: string, init: RequestInit & { duplex?: 'half' }): Promise<Response> {
  try {
    // As the app's own page would send it: unsafe requests from elsewhere are refused (lib/http/cross-origin.ts).
    const headers = new Headers(init.headers);
    headers.set('sec-fetch-site', 'same-origin');
    return await fetch(`${BASE_URL}${path}`, { ...init, headers, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new NoAnswer(`No answer within ${ANSWER_TIMEOUT_MS / 1000} s.`);
    throw error;
  }
}

async function bodyOf(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new NoAnswer(`The answer did not finish within ${ANSWER_TIMEOUT_MS / 1000} s.`);
    throw error;
  }
}

/** The import route answers NDJSON; its last line says done or why not. */
async function importFile(slug: string, cookie: string, name: string, type: string, bytes: Uint8Array | string): Promise<Outcome> {
  const form = new FormData();
  form.set('file', new Blob([bytes as BlobPart], { type }), name);
  const response = await send(`/api/w/${slug}/imports`, { method: 'POST', body: form, headers: { cookie } });
  const text = await bodyOf(response);
  const last = text.trim().split('\n').at(-1) ?? '';
  try {
    const line = JSON.parse(last) as { type?: string; error?: string; documentId?: string };
    if (line.type === 'done') return { status: `${response.status} done`, message: 'imported' };
    return { status: `${response.status} ${line.type ?? line.error ?? ''}`.trim(), message: line.error ?? last };
  } catch {
    return { status: String(response.status), message: last };
  }
}

/** 60 MB of multipart body, streamed (chunked: no content-length), stopping when the server answers. */
async function importStreamedHuge(slug: string, cookie: string): Promise<Outcome> {
  const boundary = `----margin-hostile-${Date.now()}`;
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(1024 * 1024).fill(97);
  let sentMb = 0;
  let stage: 'head' | 'body' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        controller.enqueue(
          encoder.encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`,
          ),
        );
        stage = 'body';
      } else if (stage === 'body') {
        controller.enqueue(chunk);
        sentMb += 1;
        if (sentMb >= 60) stage = 'tail';
      } else if (stage === 'tail') {
        controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
        stage = 'done';
      } else controller.close();
    },
  });
  try {
    const response = await send(`/api/w/${slug}/imports`, {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const text = await bodyOf(response);
    let message = text;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? text;
    } catch {
      // not JSON
    }
    return { status: String(response.status), message: `${short(message, 60)} (${sentMb} MB pulled from the sender)` };
  } catch (error) {
    if (error instanceof NoAnswer) throw error;
    return {
      status: 'connection closed',
      message: `${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : error} (${sentMb} MB pulled)`,
    };
  }
}

async function importAnnotations(slug: string, cookie: string, documentId: string, json: unknown): Promise<Outcome> {
  const response = await send(`/api/w/${slug}/documents/${documentId}/annotations/import`, {
    method: 'POST',
    body: JSON.stringify(json),
    headers: { cookie, 'content-type': 'application/json' },
  });
  const text = await bodyOf(response);
  try {
    const answer = JSON.parse(text) as { placed?: number; orphaned?: number; skipped?: { reason: string }[]; error?: string };
    if (answer.error) return { status: String(response.status), message: answer.error };
    const reason = answer.skipped?.[0]?.reason;
    return {
      status: String(response.status),
      message: `placed ${answer.placed}, orphaned ${answer.orphaned}, skipped ${answer.skipped?.length ?? 0}${reason ? ` (“${short(reason, 50)}”)` : ''}`,
    };
  } catch {
    return { status: String(response.status), message: short(text) };
  }
}

async function getSuggestions(slug: string, cookie: string, documentId: string): Promise<Outcome> {
  const response = await send(`/api/w/${slug}/documents/${documentId}/suggestions`, { headers: { cookie } });
  const text = await bodyOf(response);
  try {
    const answer = JSON.parse(text) as unknown;
    if (Array.isArray(answer)) return { status: String(response.status), message: `${answer.length} suggestions` };
    return { status: String(response.status), message: (answer as { error?: string }).error ?? short(text) };
  } catch {
    return { status: String(response.status), message: short(text) };
  }
}

async function getVersionsPage(slug: string, cookie: string, documentId: string): Promise<Outcome> {
  const response = await send(`/w/${slug}/documents/${documentId}/versions?from=1&to=2`, { headers: { cookie } });
  const html = await bodyOf(response);
  const message = html.includes('too different to compare')
    ? '“too different to compare word by word”'
    : html.includes('Version 2')
      ? 'a word diff'
      : 'no comparison found in the page';
  return { status: String(response.status), message };
}

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench_hostile');
let app: ReturnType<typeof start> | null = null;
let failed = false;
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  console.log('Seeding…');
  const desk = await seedHostileDesk();

  const env = { ...process.env, DATABASE_URL: database.url, MARGIN_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  await ensureBuild(DIST_DIR, env);
  app = start(bin('next'), ['start', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    env: { ...env, AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else', AUTH_TRUST_HOST: 'true' },
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`${BASE_URL}/sign-in`);
  const serverPid = listeningPid(app.pid!, PORT);
  if (!serverPid) throw new Error(`No process of the next start tree (${app.pid}) listens on ${PORT}.`);
  console.log(`next start: pid ${app.pid}; listening process: pid ${serverPid}.`);

  const cookie = await signInOverHttp(BASE_URL, desk.user);
  const observer = await signInOverHttp(BASE_URL, desk.user); // the second client: a session of its own
  const lightUrl = `${BASE_URL}/api/w/${desk.slug}/claims/${desk.claimId}`;
  const check = await fetch(lightUrl, { headers: { cookie: observer } });
  if (!check.ok) throw new Error(`The light page answered ${check.status}.`);
  await check.arrayBuffer();

  const alive = () => app!.exitCode === null && app!.signalCode === null && listeningPid(app!.pid!, PORT) === serverPid;
  const threadsBefore = threadNames(serverPid);

  console.log(`Idle baseline (${IDLE_MS / 1000} s)…`);
  const idlePoller = startPoller(lightUrl, observer);
  await sleep(IDLE_MS);
  const idle = await idlePoller.stop();

  const { slug } = desk;
  const dotsText = '.'.repeat(100 * 1024);
  const letterText = 'a'.repeat(100 * 1024);
  const attacks: Attack[] = [
    {
      name: 'control: small text file',
      budgetMs: 60_000,
      send: () => () => importFile(slug, cookie, 'small.txt', 'text/plain', 'A short note.\n\nThe budget rose 12 percent in 2024.'),
    },
    {
      name: 'DOCX zip bomb (30 MB document.xml)',
      budgetMs: 60_000,
      send: async () => {
        const bytes = await docxZipBomb(false);
        return () =>
          importFile(slug, cookie, 'bomb.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
      },
    },
    {
      name: 'DOCX zip bomb, header claims 1 KB',
      budgetMs: 60_000,
      send: async () => {
        const bytes = await docxZipBomb(true);
        return () =>
          importFile(slug, cookie, 'liar.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
      },
    },
    {
      name: 'DOCX with 30,000 paragraphs',
      budgetMs: 60_000,
      send: async () => {
        const bytes = await docxManyParagraphs(30_000);
        return () =>
          importFile(slug, cookie, 'long.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
      },
    },
    {
      name: 'PDF of 600 pages',
      budgetMs: 60_000,
      send: async () => {
        const bytes = await pdfManyPages(600);
        return () => importFile(slug, cookie, 'long.pdf', 'application/pdf', bytes);
      },
    },
    { name: 'text: 100 KB line of dots', budgetMs: 60_000, send: () => () => importFile(slug, cookie, 'dots.txt', 'text/plain', dotsText) },
    {
      name: 'text: 100 KB of one letter',
      budgetMs: 60_000,
      send: () => () => importFile(slug, cookie, 'letter.txt', 'text/plain', letterText),
    },
    {
      name: 'text: 20,000 short lines',
      budgetMs: 60_000,
      send: () => () => importFile(slug, cookie, 'lines.txt', 'text/plain', shortLines(20_000)),
    },
    {
      name: 'HTML: 1,000 nested divs',
      budgetMs: 60_000,
      send: () => () => importFile(slug, cookie, 'nested.html', 'text/html', nestedHtml(1000)),
    },
    { name: '60 MB streamed, no content-length', budgetMs: 60_000, send: () => () => importStreamedHuge(slug, cookie) },
    {
      name: 'W3C: 200 × 20,000-char quotes',
      budgetMs: 60_000,
      send: () => {
        const json = w3cCollection(
          200,
          (index) => ({ exact: `${index}${'q'.repeat(20_000)}`, prefix: 'p'.repeat(2_000), suffix: 's' }),
          'urn:bench:small',
        );
        return () => importAnnotations(slug, cookie, desk.smallId, json);
      },
    },
    {
      name: 'W3C: 500 × 1,000-char near-quotes, one-letter doc',
      budgetMs: 60_000,
      send: () => {
        const json = w3cCollection(
          500,
          (index) => ({ exact: `${'a'.repeat(500)}${String.fromCharCode(98 + (index % 20))}${'a'.repeat(499)}` }),
          'urn:bench:letters',
        );
        return () => importAnnotations(slug, cookie, desk.lettersId, json);
      },
    },
    {
      name: 'versions: two unrelated 8,000-word texts',
      budgetMs: 10_000,
      send: () => () => getVersionsPage(slug, cookie, desk.versionsId),
    },
    { name: 'suggestions: 100 KB of one letter', budgetMs: 15_000, send: () => () => getSuggestions(slug, cookie, desk.lettersId) },
    { name: 'suggestions: 100 KB of dots', budgetMs: 15_000, send: () => () => getSuggestions(slug, cookie, desk.dotsId) },
  ];

  type Row = {
    attack: Attack;
    outcome: Outcome;
    ms: number;
    light: PollResult;
    rssBefore: number;
    rssPeak: number;
    rssAfter: number;
    threads: number;
  };
  const rows: Row[] = [];
  const only = process.env.BENCH_HOSTILE_ONLY?.toLowerCase();
  for (const attack of attacks.filter(({ name }) => !only || name.toLowerCase().includes(only))) {
    if (!alive()) throw new Error('The server died.');
    console.log(`Attack: ${attack.name}…`);
    const before = processStatus(serverPid)!;
    let peak = before.rssMb;
    const sampler = setInterval(() => {
      peak = Math.max(peak, processStatus(serverPid)?.rssMb ?? 0);
    }, 100);
    const request = await attack.send();
    const poller = startPoller(lightUrl, observer);
    await sleep(LEAD_MS);
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await request();
    } catch (error) {
      if (error instanceof NoAnswer) failed = true;
      outcome = {
        status: error instanceof NoAnswer ? 'NO ANSWER' : 'error',
        message: error instanceof Error ? error.message : String(error),
      };
    }
    const ms = performance.now() - started;
    await sleep(Math.max(0, MIN_ATTACK_WINDOW_MS - ms));
    const light = await poller.stop();
    clearInterval(sampler);
    const after = processStatus(serverPid);
    if (!after || !alive()) {
      failed = true;
      rows.push({
        attack,
        outcome: { status: 'SERVER DIED', message: outcome.message },
        ms,
        light,
        rssBefore: before.rssMb,
        rssPeak: peak,
        rssAfter: 0,
        threads: 0,
      });
      break;
    }
    rows.push({
      attack,
      outcome,
      ms,
      light,
      rssBefore: before.rssMb,
      rssPeak: Math.max(peak, after.rssMb),
      rssAfter: after.rssMb,
      threads: after.threads,
    });
    console.log(`  ${outcome.status}: ${outcome.message} (${(ms / 1000).toFixed(2)} s)`);
  }
  const threadsAfter = threadNames(serverPid);

  const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '–');
  console.log('');
  console.log(
    `Light page (GET /api/w/<slug>/claims/<id>) idle: p50 ${fmt(percentile(idle.latencies, 50))} ms, p99 ${fmt(percentile(idle.latencies, 99))} ms (${idle.latencies.length} requests, ${idle.failures} failed)`,
  );
  console.log(
    `Targets: light page p99 < ${P99_TARGET_MS} ms during every attack; every answer within its budget (docs/LIMITS.md); RSS growth < ${MEMORY_LIMIT_MB} MB.`,
  );
  console.log('');
  printTable(
    rows.map(({ attack, outcome, ms, light, rssBefore, rssPeak, rssAfter }) => {
      const p99 = percentile(light.latencies, 99);
      const misses = [
        !(p99 < P99_TARGET_MS) && 'p99',
        !(ms <= attack.budgetMs) && 'budget',
        !(rssAfter - rssBefore < MEMORY_LIMIT_MB && rssPeak - rssBefore < MEMORY_LIMIT_MB) && 'memory',
        ['NO ANSWER', 'SERVER DIED'].includes(outcome.status) && 'answer',
      ].filter(Boolean);
      return {
        attack: attack.name,
        outcome: `${outcome.status}: ${short(outcome.message, 80)}`,
        'duration s': `${(ms / 1000).toFixed(2)} / ${attack.budgetMs / 1000}`,
        'light p50 / p99 ms': `${fmt(percentile(light.latencies, 50))} / ${fmt(p99)} (n=${light.latencies.length}${light.failures ? `, ${light.failures} failed` : ''})`,
        'RSS before → peak → after MB': `${rssBefore.toFixed(0)} → ${rssPeak.toFixed(0)} → ${rssAfter.toFixed(0)} (${rssAfter - rssBefore >= 0 ? '+' : ''}${(rssAfter - rssBefore).toFixed(0)})`,
        target: misses.length ? `misses (${misses.join(', ')})` : 'meets',
      };
    }),
  );
  console.log('');
  for (const { attack, ms, light } of rows) {
    if (percentile(light.latencies, 99) < P99_TARGET_MS) continue;
    const when = light.slowest.map(({ sentAtMs, ms: took }) => `${fmt(took)} ms sent at ${((sentAtMs - LEAD_MS) / 1000).toFixed(1)} s`);
    console.log(`Slowest light answers during “${attack.name}” (it took ${(ms / 1000).toFixed(1)} s): ${when.join('; ')}`);
  }
  console.log('');
  const describe = (names: Record<string, number>) =>
    Object.entries(names)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `${name}×${count}`)
      .join(', ');
  console.log(`Server threads before the attacks: ${describe(threadsBefore)}`);
  console.log(`Server threads after the attacks:  ${describe(threadsAfter)}`);
  if (failed) console.error('An attack got no answer within 120 s, or the server died.');
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await stopServer(app);
  await closeDb(); // its pool too: dropping the database would end its connections with an error
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
// The worker pool of this process (createVersion places annotations through it) would keep it alive.
process.exit(failed ? 1 : 0);
