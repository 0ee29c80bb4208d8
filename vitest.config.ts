import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

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
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts', 'eslint/**/*.test.ts'],
          environment: 'node',
          // Pure code answers in milliseconds; the hostile-input tests give each call 10 s on a loaded machine.
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
          // next-auth imports `next/server` without an extension, which only bundlers resolve.
          server: { deps: { inline: ['next-auth', '@auth/core'] } },
          // One database per run: files run one after another so they never race on it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
