// Operations of one app instance: liveness and readiness (a database that cannot be reached, a
// migration not applied, a live listener that cannot connect), the metrics endpoint's access (no
// setting: 404; wrong token: 401) and its counters, request ids in responses and on every log line
// of a request (a real HTTP server with the request tracker), and a stopping job giving back the
// lease of what it holds. SIGTERM to a production server: e2e/operations.spec.ts.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { GET as ready } from '@/app/api/ready/route';
import { createDbClient, getDb } from '@/lib/db';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { errorResponse } from '@/lib/http/error-response';
import { createLiveService, currentLiveService, getLiveService } from '@/lib/server/live/live-service';
import { isDatabaseLost } from '@/lib/server/ops/database-state';
import { logger } from '@/lib/server/ops/logger';
import { checkReadiness, expectedMigrations } from '@/lib/server/ops/readiness';
import { startRequestTracking } from '@/lib/server/ops/request-tracking';
import { startLinkCheckScheduler } from '@/lib/server/sources/link-check-scheduler';
import { makeUser, makeWorkspace } from './support/factories';
import { startHttpServer } from './support/http-server';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../prisma/migrations');
const cleanups: (() => Promise<unknown> | void)[] = [];

afterEach(() => {
  delete process.env.MARGIN_METRICS_TOKEN;
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await currentLiveService()?.stop();
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const scrape = async () => {
  process.env.MARGIN_METRICS_TOKEN = 'metrics-token-for-tests';
  const response = await metricsRoute(
    new Request('http://localhost/api/metrics', { headers: { authorization: 'Bearer metrics-token-for-tests' } }),
  );
  expect(response.status).toBe(200);
  return response.text();
};

describe('health and readiness', () => {
  it('answers liveness without the database, and readiness once database, migrations and live listener are there', async () => {
    const alive = health();
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: 'ok' });

    // As a load balancer does: probe until ready (a cold start on a loaded machine can take longer
    // than one probe's 2 s per check to connect).
    await vi.waitFor(
      async () => {
        const answer = await ready();
        expect(await answer.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', live: 'ok' } });
        expect(answer.status).toBe(200);
      },
      { timeout: 30_000, interval: 1_100 },
    );
  });

  it('is not ready, with a reason, when the database cannot be reached', async () => {
    const dead = `postgresql://postgres@127.0.0.1:${await closedPort()}/margin`;
    const pool = new pg.Pool({ connectionString: dead });
    const db = createDbClient(pool);
    cleanups.push(
      () => db.$disconnect(),
      () => pool.end(),
    );
    const answer = await checkReadiness({ db, migrationsDir: MIGRATIONS, liveConnected: async () => true });
    expect(answer).toMatchObject({ ready: false, reason: 'database_unreachable' });
  });

  it('is not ready while a migration of the code is not applied to the database', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-migrations-'));
    cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
    for (const name of expectedMigrations(MIGRATIONS)) {
      fs.mkdirSync(path.join(folder, name));
      fs.writeFileSync(path.join(folder, name, 'migration.sql'), '-- applied');
    }
    fs.mkdirSync(path.join(folder, '29991231000000_from_the_future'));
    fs.writeFileSync(path.join(folder, '29991231000000_from_the_future', 'migration.sql'), 'SELECT 1;');
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    const db = createDbClient(pool);
    cleanups.push(
      () => db.$disconnect(),
      () => pool.end(),
    );
    const answer = await checkReadiness({ db, migrationsDir: folder, liveConnected: async () => true });
    expect(answer).toEqual({
      ready: false,
      reason: 'migrations_pending',
      detail: '1 migration(s) not applied, first 29991231000000_from_the_future.',
    });
  });

  it('is not ready while the live listener cannot connect', async () => {
    const live = createLiveService({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/margin`, chores: false });
    cleanups.push(() => live.stop());
    const answer = await checkReadiness({
      db: getDb(),
      migrationsDir: MIGRATIONS,
      liveConnected: async (timeoutMs) => {
        await Promise.race([live.ready, new Promise((resolve) => setTimeout(resolve, Math.min(timeoutMs, 500)))]);
        return live.listener.isConnected;
      },
    });
    expect(answer).toMatchObject({ ready: false, reason: 'live_disconnected' });
  });
});

describe('a database that went away', () => {
  it('answers 503 unavailable with Retry-After, never a 500, for model and raw queries', async () => {
    const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/margin` });
    const db = createDbClient(pool);
    cleanups.push(
      () => db.$disconnect(),
      () => pool.end(),
    );
    for (const query of [() => db.user.findFirst(), () => db.$queryRaw`SELECT 1`]) {
      const error = await query().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        code: 'unavailable',
        error: 'The database is unavailable; retrying. Try again in a few seconds.',
      });
    }
  });

  it('is known lost while the live listener is cut off — pages answer 503 meanwhile — and found again when it reconnects', async () => {
    const { proxy } = await import('@/proxy');
    const page = (headers: Record<string, string> = {}) => proxy(new NextRequest('http://localhost:3000/w/demo', { headers }));
    const live = getLiveService();
    await live.ready;
    expect(isDatabaseLost()).toBe(false);
    expect(page().status).toBe(200);
    const reconnect = live.listener.dropConnectionForTest();
    await vi.waitFor(() => expect(isDatabaseLost()).toBe(true));
    const unavailable = page();
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('5');
    expect(await unavailable.text()).toContain('The database is unavailable; retrying.');
    // A server action goes on, to answer `unavailable` itself (and keep the form as typed).
    expect(page({ 'next-action': 'abc' }).status).toBe(200);
    reconnect();
    await vi.waitFor(() => expect(isDatabaseLost()).toBe(false), { timeout: 15_000 });
    expect(live.listener.isConnected).toBe(true);
  });
});

describe('the metrics endpoint', () => {
  const get = (authorization?: string) =>
    metricsRoute(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

  it('does not exist without MARGIN_METRICS_TOKEN, and wants that token as a bearer token', async () => {
    const absent = await get('Bearer anything');
    expect(absent.status).toBe(404);

    process.env.MARGIN_METRICS_TOKEN = 'the-right-token';
    expect((await get()).status).toBe(401);
    const wrong = await get('Bearer the-wrong-token');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'unauthorized' });
    expect((await get('Basic the-right-token')).status).toBe(401);
    expect((await get(`Bearer ${'x'.repeat(10_000)}`)).status).toBe(401);

    const right = await get('Bearer the-right-token');
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await right.text();
    for (const name of [
      'margin_http_request_duration_seconds',
      'margin_live_streams',
      'margin_work_pool_threads',
      'margin_db_pool_connections',
      'margin_job_queue_depth',
      'margin_job_items_total',
      'margin_process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toMatch(/margin_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/margin_job_queue_depth\{job="webhook"\} \d+/);
  });
});

describe('requests', () => {
  let base: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    startRequestTracking();
    const server = http.createServer((request, response) => {
      // Logged after an await: the id must follow the request through its asynchronous work.
      void new Promise((resolve) => setTimeout(resolve, 5)).then(() => {
        logger('test').info({ url: request.url }, 'inside the handler');
        response.writeHead(200, { 'content-type': 'text/plain' }).end(String(request.headers['x-request-id']));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    // The log's lines (JSON) are kept here; anything else goes on to the terminal.
    const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = String(chunk);
      if (text.startsWith('{')) {
        for (const line of text.trim().split('\n')) lines.push(JSON.parse(line) as Record<string, unknown>);
        return true;
      }
      return write(chunk, ...rest);
    }) as typeof process.stdout.write);
    cleanups.push(() => spy.mockRestore());
  });

  it('gives each request an id — the client’s when sane — in the response and on every log line it causes', async () => {
    const sent = await fetch(`${base}/w/some-desk/claims?x=1`, { headers: { 'x-request-id': 'edge-7f3a.42' } });
    expect(sent.headers.get('x-request-id')).toBe('edge-7f3a.42');
    expect(await sent.text()).toBe('edge-7f3a.42'); // what the app's handlers see

    const made = await fetch(`${base}/w/some-desk/claims`, { headers: { 'x-request-id': 'not sane; <script>' } });
    const id = made.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await made.text()).toBe(id);
    const long = await fetch(`${base}/w/some-desk/claims`, { headers: { 'x-request-id': 'a'.repeat(129) } });
    expect(long.headers.get('x-request-id')).not.toContain('aaaa');

    await vi.waitFor(() => expect(lines.filter((line) => line.msg === 'request')).toHaveLength(3));
    const inside = lines.filter((line) => line.msg === 'inside the handler');
    expect(inside.map((line) => line.requestId)).toEqual(['edge-7f3a.42', id, long.headers.get('x-request-id')]);
    const first = lines.find((line) => line.msg === 'request' && line.requestId === 'edge-7f3a.42');
    // By route, never by path (paths hold slugs and ids; the query is never logged).
    expect(first).toMatchObject({ level: 'info', component: 'http', method: 'GET', route: '/w/[workspace]/claims', status: 200 });
    expect(JSON.stringify(first)).not.toContain('some-desk');
  });

  it('counts each request’s duration by route and status', async () => {
    const count = async () => {
      const match =
        /margin_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/claims\/\[claimId\]",status="200"\} (\d+)/.exec(
          await scrape(),
        );
      return Number(match?.[1] ?? 0);
    };
    const before = await count();
    await fetch(`${base}/api/v1/claims/c1`);
    await fetch(`${base}/api/v1/claims/c2`);
    await vi.waitFor(async () => expect(await count()).toBe(before + 2));
    await fetch(`${base}/no/such/route`);
    await vi.waitFor(async () => expect(await scrape()).toContain('route="(unmatched)",status="200"'));
  });
});

describe('a stopping job', () => {
  it('gives back the lease of what it still holds after the grace, so another instance takes it at once', async () => {
    process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const held: http.ServerResponse[] = [];
    // A page that never answers while the job is stopping.
    const site = await startHttpServer({
      '/slow': (_request, response) => {
        held.push(response);
        arrived();
      },
    });
    cleanups.push(
      () => site.close(),
      () => held.forEach((response) => response.destroy()),
      () => {
        delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
      },
    );
    const workspace = await makeWorkspace((await makeUser()).id);
    const source = await getDb().source.create({
      data: { workspaceId: workspace.id, ...normalizeSourceUrl(site.url('/slow')), nextCheckAt: new Date(Date.now() - 1000) },
    });
    const stop = startLinkCheckScheduler({ workspaceId: workspace.id, log: { info: () => {}, error: () => {} } });
    await reached;
    const leased = await getDb().source.findUniqueOrThrow({ where: { id: source.id } });
    expect(leased.nextCheckAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);

    const began = Date.now();
    await stop({ graceMs: 300 });
    expect(Date.now() - began).toBeLessThan(5_000);
    const released = await getDb().source.findUniqueOrThrow({ where: { id: source.id } });
    expect(released.nextCheckAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(released.version).toBeGreaterThan(leased.version);
    expect(await scrape()).toMatch(/margin_job_leases_released_total\{job="link_check"\} 1/);
  });
});
