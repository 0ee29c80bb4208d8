// The embedded server survives what users do to it: a crash of the process that started it
// (kill -9), a restart on the same data, and — as root — a clone under a 0700 folder.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { postmasterPid, startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/db/embedded-postgres';

// mkdtemp creates the folder with mode 0700, like root's home folder.
const privateRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-pg-'));
const dataDir = path.join(privateRoot, 'clone', '.data', 'postgres');
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  fs.rmSync(privateRoot, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs the server in a child process and resolves once it accepts connections. */
function startInChild(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/integration/fixtures/hold-embedded-postgres.ts', dataDir, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  cleanups.push(() => void child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.on('exit', (code) => reject(new Error(`the child exited (${code}) before the server was ready`)));
  });
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('embedded PostgreSQL', () => {
  it('creates its data under a 0700 folder, refuses a second owner, and recovers from kill -9', async () => {
    expect(fs.statSync(privateRoot).mode & 0o777).toBe(0o700);
    const port = await freePort();

    const child = await startInChild(port);
    const url = `postgresql://postgres:margin-local@127.0.0.1:${port}/postgres`;
    await query(url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$survives$$)');

    // While the first process lives, a second start on the same data is refused.
    await expect(startEmbeddedPostgres({ dataDir, port, log: () => {} })).rejects.toThrow(/in use by another Margin process/);

    await killHard(child);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    cleanups.push(() => server?.stop());
    expect(await query(server.urlFor('postgres'), 'SELECT note FROM kept')).toEqual([{ note: 'survives' }]);

    await server.stop();
    server = null;
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    // A plain restart keeps the data too.
    server = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    expect(await query(server.urlFor('postgres'), 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
  });

  it('supervised (npm start), starts the server again when it dies, with the data', async () => {
    const supervisedDir = path.join(privateRoot, 'supervised', 'postgres');
    const port = await freePort();
    const lines: string[] = [];
    const server = await startEmbeddedPostgres({
      dataDir: supervisedDir,
      port,
      log: (line) => lines.push(line),
      supervise: true,
      superviseMs: 200,
    });
    cleanups.push(() => server.stop());
    const url = server.urlFor('postgres');
    await query(url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$survives$$)');
    const first = postmasterPid(supervisedDir)!;

    process.kill(first, 'SIGKILL'); // as the OOM killer would
    await vi.waitFor(async () => expect(await query(url, 'SELECT note FROM kept')).toEqual([{ note: 'survives' }]), {
      timeout: 30_000,
      interval: 250,
    });
    expect(postmasterPid(supervisedDir)).not.toBe(first);
    expect(lines.some((line) => line.includes('stopped unexpectedly'))).toBe(true);
    expect(lines.some((line) => line.includes('is back'))).toBe(true);
  });
});
