// The one PrismaClient. Only lib/server/** imports it.
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { redirectPageIfDatabaseLost } from '@/lib/server/ops/page-unavailable';

/** A client on its own pool (the app's one is getDb(); readiness tests make one on a dead address). */
export function createDbClient(pool: pg.Pool) {
  const client = new PrismaClient({
    // The pool is ours, so that its use can be measured (dbPoolStats) and it can be closed on shutdown.
    adapter: new PrismaPg(pool),
    // Secrets stay in the data layer: queries that need the hash ask for it explicitly. An evidence
    // file's bytes (up to 20 MB) are read only by the route that serves it.
    omit: { user: { passwordHash: true }, evidenceUpload: { bytes: true }, webhook: { secretSealed: true } },
    // A transaction waits for a connection as long as a single query would in a busy moment,
    // not Prisma's default of 2 s, which under load refused writes a few seconds later would have
    // made (docs/BENCHMARKS.md, "Many people at once"); past it, 503 (lib/errors.ts, P2028).
    transactionOptions: { maxWait: 10_000 },
  });
  // A page render that finds the database gone answers 503 instead of a 500 (lib/server/ops/page-unavailable.ts).
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          await redirectPageIfDatabaseLost(error);
          throw error;
        }
      },
    },
  });
}

export type Db = ReturnType<typeof createDbClient>;
/** The client inside `getDb().$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];

const DEFAULT_POOL_SIZE = 20;

/**
 * Connections of the app's pool: MARGIN_DB_POOL_SIZE, else 20. Every query holds one until the
 * event loop has read its answer, so a busy instance needs more than pg's default of 10 to keep
 * its requests from queueing for them (docs/BENCHMARKS.md, "Many people at once").
 */
export function dbPoolSize(): number {
  const setting = Number(process.env.MARGIN_DB_POOL_SIZE);
  return Number.isInteger(setting) && setting > 0 ? setting : DEFAULT_POOL_SIZE;
}

/**
 * A query on the pool as a named (prepared) statement: each connection parses it once and
 * PostgreSQL soon plans it once. A named statement lives on its connection, which a pooler in
 * transaction mode (PgBouncer's `pool_mode = transaction`) does not keep for the next query:
 * MARGIN_DB_NAMED_STATEMENTS=0 sends the same text unnamed instead (docs/OPERATIONS.md).
 */
export function namedStatement(name: string, text: string): { name?: string; text: string } {
  return process.env.MARGIN_DB_NAMED_STATEMENTS === '0' ? { text } : { name, text };
}

const globalForDb = globalThis as unknown as { marginDb?: Db; marginDbPool?: pg.Pool };

/** Created on first use, so importing this module (e.g. during `next build`) needs no database. */
export function getDb(): Db {
  if (!globalForDb.marginDb) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error('DATABASE_URL is not set. Start Margin with `npm start`, which provides the database.');
    }
    globalForDb.marginDbPool = new pg.Pool({ connectionString, max: dbPoolSize() });
    globalForDb.marginDb = createDbClient(globalForDb.marginDbPool);
  }
  return globalForDb.marginDb;
}

/**
 * The app's pool itself, for the few reads that stream large results as text and gain from
 * skipping Prisma's row decoding (exports). Queries on it are still written in lib/server only.
 */
export function getDbPool(): pg.Pool {
  getDb();
  return globalForDb.marginDbPool!;
}

/** The app pool's connections (metrics), or null before the first query. */
export function dbPoolStats(): { total: number; idle: number; waiting: number } | null {
  const pool = globalForDb.marginDbPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/** Closes the app's client and pool (shutdown). */
export async function closeDb(): Promise<void> {
  const { marginDb: db, marginDbPool: pool } = globalForDb;
  globalForDb.marginDb = undefined;
  globalForDb.marginDbPool = undefined;
  await db?.$disconnect();
  if (pool && !pool.ended) await pool.end();
}
