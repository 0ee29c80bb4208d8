// Which PostgreSQL the app uses: DATABASE_URL when set, otherwise the embedded one.
import path from 'node:path';
import { embeddedUrlFor, ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { PROJECT_ROOT } from './migrations-dir';

export type AppDatabase = { url: string; isEmbedded: boolean; stop(): Promise<void> };

export const DEFAULT_PG_PORT = 54329;
const APP_DATABASE = 'margin';

export function embeddedDataDir() {
  return path.resolve(PROJECT_ROOT, process.env.MARGIN_DATA_DIR ?? '.data/postgres');
}

export function embeddedPort() {
  const port = Number(process.env.MARGIN_PG_PORT ?? DEFAULT_PG_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`MARGIN_PG_PORT must be a port number, got "${process.env.MARGIN_PG_PORT}"`);
  return port;
}

export async function openAppDatabase(
  log: (line: string) => void = console.log,
  options: { supervise?: boolean } = {},
): Promise<AppDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, isEmbedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir(), port: embeddedPort(), log, supervise: options.supervise });
  await ensureDatabase(server.urlFor('postgres'), APP_DATABASE);
  return { url: server.urlFor(APP_DATABASE), isEmbedded: true, stop: () => server.stop() };
}

/** The app database on the embedded server that a running `npm start` serves. */
export const runningEmbeddedUrl = () => embeddedUrlFor(embeddedPort(), APP_DATABASE);

/**
 * For command-line tools: DATABASE_URL, the embedded database a running `npm start` serves, or the
 * embedded one started for the command (and stopped by `stop`).
 */
export async function openCliDatabase(): Promise<AppDatabase> {
  try {
    return await openAppDatabase((line) => console.error(line));
  } catch (error) {
    if (error instanceof Error && /in use by another Margin process/.test(error.message)) {
      return { url: runningEmbeddedUrl(), isEmbedded: true, stop: async () => {} };
    }
    throw error;
  }
}
