// The PostgreSQL a test run uses: a fresh database per run, on DATABASE_URL's server when it
// is set, otherwise on an embedded server of its own (`.data/test-postgres`), never the app's.
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { assertLocalDatabase } from './assert-local-database';

export const TEST_DATABASE_PREFIX = 'margin_test_';

export type TestServer = { adminUrl: string; isEmbedded: boolean; stop(): Promise<void> };

export async function openTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    assertLocalDatabase(external);
    return { adminUrl: external, isEmbedded: false, stop: async () => {} };
  }
  const port = Number(process.env.MARGIN_TEST_PG_PORT ?? 54330);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, '.data', 'test-postgres'),
    port,
    log: (line) => console.log(line),
  });
  const adminUrl = server.urlFor('postgres');
  await dropLeftoverDatabases(adminUrl);
  return { adminUrl, isEmbedded: true, stop: () => server.stop() };
}

export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates an empty database named `margin_test_<purpose>_<time>` and returns its URL. */
export async function createFreshDatabase(adminUrl: string, purpose: string) {
  const name = `${TEST_DATABASE_PREFIX}${purpose}_${Date.now()}_${process.pid}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  return { name, url: databaseUrl(adminUrl, name) };
}

export async function dropDatabase(adminUrl: string, name: string) {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Databases a killed run left on our own embedded test server. */
async function dropLeftoverDatabases(adminUrl: string) {
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DATABASE_PREFIX}%`]),
  );
  for (const { datname } of rows) await dropDatabase(adminUrl, datname);
}
