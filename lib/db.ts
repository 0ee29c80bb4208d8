// The one PrismaClient. Only lib/server/** imports it.
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set. Start Margin with `npm start`, which provides the database.');
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    // Secrets stay in the data layer: queries that need the hash ask for it explicitly. An evidence
    // file's bytes (up to 20 MB) are read only by the route that serves it.
    omit: { user: { passwordHash: true }, evidenceUpload: { bytes: true }, webhook: { secretSealed: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `getDb().$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { marginDb?: Db };

/** Created on first use, so importing this module (e.g. during `next build`) needs no database. */
export function getDb(): Db {
  globalForDb.marginDb ??= createClient();
  return globalForDb.marginDb;
}
