import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getDb, type Db } from '@/lib/db';
import { getLiveService } from '@/lib/server/live/live-service';
import { isShuttingDown } from './shutdown';

// Whether this instance should be sent requests (GET /api/ready): it is not stopping, its
// database answers, every migration of prisma/migrations is applied there, and its live listener
// is connected (without it, pages here would miss other people's changes). Each check is bounded
// in time, and the answer is shared for a second, so that a flood of probes costs one round.

export type Readiness =
  | { ready: true; checks: { database: 'ok'; migrations: 'ok'; live: 'ok' } }
  | { ready: false; reason: 'shutting_down' | 'database_unreachable' | 'migrations_pending' | 'live_disconnected'; detail: string };

const CHECK_TIMEOUT_MS = 2_000;
const SHARED_FOR_MS = 1_000;

export type ReadinessDeps = {
  db: Db;
  migrationsDir: string;
  /** Connects the live listener if need be, within the time given; says whether it is connected. */
  liveConnected: (timeoutMs: number) => Promise<boolean>;
};

class TimedOut extends Error {}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimedOut()), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The migrations the code expects: the folders of prisma/migrations holding a migration.sql. */
export function expectedMigrations(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

/** Migrations are never unapplied: once all are there, that answer holds for the life of the process. */
const migrationsDone = new WeakMap<Db, boolean>();

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: 'shutting_down', detail: 'This instance is stopping.' };
  try {
    await within(deps.db.$queryRaw`SELECT 1`, CHECK_TIMEOUT_MS);
  } catch (error) {
    const detail = error instanceof TimedOut ? 'The database did not answer in time.' : 'The database cannot be reached.';
    return { ready: false, reason: 'database_unreachable', detail };
  }
  if (!migrationsDone.get(deps.db)) {
    const rows = await within(
      deps.db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      CHECK_TIMEOUT_MS,
    ).catch(() => null);
    if (rows === null) return { ready: false, reason: 'migrations_pending', detail: 'The migrations table cannot be read.' };
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = expectedMigrations(deps.migrationsDir).filter((name) => !applied.has(name));
    if (pending.length > 0) {
      return { ready: false, reason: 'migrations_pending', detail: `${pending.length} migration(s) not applied, first ${pending[0]}.` };
    }
    migrationsDone.set(deps.db, true);
  }
  if (!(await deps.liveConnected(CHECK_TIMEOUT_MS))) {
    return { ready: false, reason: 'live_disconnected', detail: 'The live-update listener is not connected to the database.' };
  }
  return { ready: true, checks: { database: 'ok', migrations: 'ok', live: 'ok' } };
}

const appDeps = (): ReadinessDeps => ({
  db: getDb(),
  migrationsDir: path.join(process.cwd(), 'prisma', 'migrations'),
  async liveConnected(timeoutMs) {
    const live = getLiveService();
    if (!live.listener.isConnected) await within(live.ready, timeoutMs).catch(() => {});
    return live.listener.isConnected;
  },
});

let shared: { at: number; answer: Promise<Readiness> } | null = null;

/** This instance's readiness, shared with the probes of the same second. */
export function appReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return Promise.resolve({ ready: false, reason: 'shutting_down', detail: 'This instance is stopping.' });
  if (!shared || Date.now() - shared.at > SHARED_FOR_MS) shared = { at: Date.now(), answer: checkReadiness(appDeps()) };
  return shared.answer;
}
