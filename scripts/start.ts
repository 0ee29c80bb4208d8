// npm start: database (embedded unless DATABASE_URL is set) → migrations → demo content →
// production build when the sources changed → `next start`. `--dev` runs `next dev` instead.
import path from 'node:path';
import { openAppDatabase } from './db/app-database';
import { applyMigrations } from './db/migrate';
import { PROJECT_ROOT } from './db/migrations-dir';
import { resolveAuthSecret } from './lib/auth-secret';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from './lib/build-stamp';
import { bin, run, start } from './lib/run';
import { serveCommand } from './lib/serve-command';
import { DEMO_CREDENTIALS_LINE } from '../prisma/demo';

const isDev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const distDir = path.join(PROJECT_ROOT, process.env.MARGIN_DIST_DIR || '.next');

// Supervised: if the embedded PostgreSQL dies, it is started again while the app keeps running
// (requests meanwhile get 503 "database unavailable"; docs/OPERATIONS.md).
const database = await openAppDatabase(console.log, { supervise: true });
console.log(database.isEmbedded ? `Embedded PostgreSQL ready (${database.url.replace(/:[^:@]*@/, ':***@')}).` : 'Using DATABASE_URL.');

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: resolveAuthSecret(path.join(PROJECT_ROOT, '.data')),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
  // Links the app sends out; set APP_URL to the public address when serving others.
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
  process.exit(code);
}

try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'], { env, cwd: PROJECT_ROOT });

  if (!isDev) {
    const fingerprint = sourceFingerprint(PROJECT_ROOT);
    if (!isBuildCurrent(distDir, fingerprint)) {
      console.log('Building Margin for production (first start, or the sources changed)…');
      await run(bin('next'), ['build'], { env, cwd: PROJECT_ROOT });
      writeBuildStamp(distDir, fingerprint);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

// MARGIN_INSTANCES > 1: that many app processes share the port (scripts/serve.mjs).
const [command, args] = isDev ? [bin('next'), ['dev', '--port', port]] : serveCommand(['--port', port]);
const server = start(command, args, { env, cwd: PROJECT_ROOT });
console.log(`\nMargin: http://localhost:${port}\n${DEMO_CREDENTIALS_LINE}\n`);

server.on('exit', (code) => void shutdown(code ?? 0));
// The app stops gracefully within 10 s (lib/server/ops/shutdown.ts); past 15 s it is killed, and
// the embedded PostgreSQL is stopped either way.
const KILL_AFTER_MS = 15_000;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), KILL_AFTER_MS).unref();
  });
}
