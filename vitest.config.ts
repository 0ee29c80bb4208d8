import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
/** Fresh databases `npm run test:integration` made, one per worker (scripts/test.ts); 1: DATABASE_URL alone. */
const integrationDatabases = process.env.MARGIN_TEST_DATABASE_URLS?.split(' ').filter(Boolean).length || 1;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // lib/server modules guard against client bundles with `server-only`; under Vitest they
      // run on the server, as intended.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts', 'eslint/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Pure code answers in milliseconds; the hostile-input tests give each call 10 s of CPU time (and this as the clock's backstop).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          // Each worker on its own fresh database (MARGIN_TEST_DATABASE_URLS, from scripts/test.ts).
          setupFiles: ['tests/integration/support/worker-database.ts'],
          // next-auth imports `next/server` without an extension, which only bundlers resolve.
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
          // As many files at a time as there are databases, one worker per database: a worker's
          // files run one after another on its own database, so they never race on one.
          maxWorkers: integrationDatabases,
          fileParallelism: integrationDatabases > 1,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
