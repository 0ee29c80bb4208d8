// One production app server of its own (`next start` on the e2e build, on a fresh seeded database
// of its own, so that its link-health job touches no other spec's sources), driven as an operator
// would: readiness, a request id in the response and on its log line, metrics behind their token,
// then SIGTERM while a live stream is open and the link-health job holds a page that never
// answers — the stream is told to reconnect and ends, the job's lease is given back, the process
// exits in time.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { DEMO } from '../prisma/demo';
import { applyMigrations } from '../scripts/db/migrate';
import { createFreshDatabase, databaseUrl, dropDatabase } from '../scripts/test/test-database';
import { SIGNED_OUT, expectSignedInAs } from './support/auth';

test.use({ storageState: SIGNED_OUT });
test.describe.configure({ timeout: 240_000 });

const ROOT = path.resolve(import.meta.dirname, '..');
const TOKEN = 'e2e-metrics-token';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test('a production server reports ready, ids its requests, serves metrics to its token, and stops gracefully on SIGTERM', async ({
  page,
}) => {
  const adminUrl = databaseUrl(process.env.DATABASE_URL!, 'postgres');
  const { name: database, url } = await createFreshDatabase(adminUrl, 'ops');
  let server: ChildProcess | null = null;
  const held: http.ServerResponse[] = [];
  // A page that never answers: the link check that fetches it is under way when SIGTERM comes.
  let pageRequested!: () => void;
  const requested = new Promise<void>((resolve) => (pageRequested = resolve));
  const site = http.createServer((_request, response) => {
    held.push(response);
    pageRequested();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    await applyMigrations(url);
    await runToEnd(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'prisma/seed.ts'], {
      ...process.env,
      DATABASE_URL: url,
    });
    // Only our page is due a check: the seed's sources point at real sites.
    await sql(url, `UPDATE "Source" SET "nextCheckAt" = now() + interval '1 day'`);
    const sitePort = (site.address() as AddressInfo).port;
    const [source] = await sql<{ id: string }>(
      url,
      `INSERT INTO "Source" (id, "workspaceId", url, "normalizedUrl", domain, "nextCheckAt", "updatedAt")
       SELECT 'ops-slow-source', id, $1, $1, '127.0.0.1', now() - interval '1 second', now() FROM "Workspace" WHERE slug = $2
       RETURNING id`,
      [`http://127.0.0.1:${sitePort}/never-answers`, DEMO.workspaceSlug],
    );

    const sourceId = source!.id;
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const output: string[] = [];
    server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '--port', String(port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-used-anywhere-else',
        AUTH_TRUST_HOST: 'true',
        APP_URL: origin,
        MARGIN_FETCH_ALLOW_HOSTS: '127.0.0.1',
        MARGIN_METRICS_TOKEN: TOKEN,
        MARGIN_LINK_CHECKS: 'on',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
    server.stderr!.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n')));
    const exited = new Promise<number | null>((resolve) => server!.on('exit', (code) => resolve(code)));
    const logLines = () => output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);

    // Ready once the database, the migrations and the live listener are there.
    await expect
      .poll(async () => (await fetch(`${origin}/api/ready`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250] })
      .toBe(200);
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);

    // The client's request id comes back and is on the request's log line.
    const identified = await fetch(`${origin}/api/health`, { headers: { 'x-request-id': 'ops-spec-request-1' } });
    expect(identified.headers.get('x-request-id')).toBe('ops-spec-request-1');
    await expect
      .poll(() => logLines().find((line) => line.requestId === 'ops-spec-request-1' && line.msg === 'request'))
      .toMatchObject({ route: '/api/health', status: 200, method: 'GET' });
    const signInPage = await fetch(`${origin}/sign-in`);
    expect(signInPage.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A request is counted when its answer has been sent; the page streams after its headers.
    await signInPage.text();

    // Metrics: only for the token; the requests above are counted by route.
    expect((await fetch(`${origin}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${origin}/api/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const scrape = async () => {
      const metrics = await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(metrics.status).toBe(200);
      return metrics.text();
    };
    // The server records a request once the last byte is handed to the socket, which may be just
    // after the client has read it.
    await expect.poll(scrape).toMatch(/margin_http_request_duration_seconds_count\{method="GET",route="\/sign-in",status="200"\} 1/);
    expect(await scrape()).toMatch(/margin_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [2-9]/);

    // The job has taken our page and waits for it: its lease runs minutes ahead.
    await requested;
    const [leased] = await sql<{ ahead: number }>(
      url,
      `SELECT extract(epoch FROM "nextCheckAt" - now())::float AS ahead FROM "Source" WHERE id = $1`,
      [sourceId],
    );
    expect(leased!.ahead).toBeGreaterThan(60);

    // A signed-in browser's live stream on this server.
    // (On this server, not the suite's: the session lives in this server's database.)
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`^${origin}/w`));
    await expectSignedInAs(page, DEMO.name);
    const cookie = (await page.context().cookies(origin)).map(({ name, value }) => `${name}=${value}`).join('; ');
    const stream = await fetch(`${origin}/api/w/${DEMO.workspaceSlug}/live`, { headers: { cookie, accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let received = '';
    /** Reads until `pattern` shows in what arrived (true), or the stream ends (false). */
    const readUntil = async (pattern: RegExp | null) => {
      while (!pattern?.test(received)) {
        const { value, done } = await reader.read();
        if (done) return false;
        received += new TextDecoder().decode(value);
      }
      return true;
    };
    expect(await readUntil(/event: hello/)).toBe(true);

    const stoppedAt = Date.now();
    server.kill('SIGTERM');
    // Told to reconnect (elsewhere), then the stream ends.
    expect(await readUntil(/retry: \d+\nevent: shutdown/)).toBe(true);
    expect(await readUntil(null)).toBe(false);
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(12_000);

    // The job gave its lease back: the source is due again for the next instance.
    const [released] = await sql<{ ahead: number }>(
      url,
      `SELECT extract(epoch FROM "nextCheckAt" - now())::float AS ahead FROM "Source" WHERE id = $1`,
      [sourceId],
    );
    expect(released!.ahead).toBeLessThanOrEqual(0);
    const messages = logLines().map((line) => line.msg);
    expect(messages).toContain('shutting down');
    expect(messages).toContain('shut down');
  } finally {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    for (const response of held) response.destroy();
    site.close();
    await dropDatabase(adminUrl, database);
  }
});
