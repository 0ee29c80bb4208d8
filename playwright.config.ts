// End-to-end tests in Chromium against a production build (`next start`). Run them through
// `npm test` or `npm run test:e2e`, which provide a fresh, migrated and seeded database.
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/lib/chromium';

const port = Number(process.env.MARGIN_E2E_PORT ?? 3100);
// A second app server on the same database: the live spec opens one browser on each.
const port2 = Number(process.env.MARGIN_E2E_PORT2 ?? 3102);
// Auth.js builds its URLs with `localhost`; a browser on 127.0.0.1 would fail the CSRF check.
const baseURL = `http://localhost:${port}`;
// The mail catcher scripts/test.ts starts (e2e/support/mail-catcher.ts).
const smtpPort = Number(process.env.MARGIN_E2E_SMTP_PORT ?? 3105);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A two-person scenario (sign-ups, invitation, import, review) takes about a minute with two
  // workers on a loaded 2-core machine; the limit is there to stop a hang, not to time the app.
  timeout: 120_000,
  // Conditions, not sleeps: on a loaded 2-core machine a server round trip can take several seconds.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: { storageState: 'e2e/.auth/demo.json' },
    },
  ],
  webServer: [port, port2].map((serverPort) => ({
    command: `node_modules/.bin/next start --port ${serverPort}`,
    url: `http://localhost:${serverPort}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-used-anywhere-else',
      AUTH_TRUST_HOST: 'true',
      // Every spec signs its people up from this machine's one address: more than the 20 an hour a
      // server allows one address by default (the limit itself is tested in tests/integration).
      MARGIN_SIGN_UPS_PER_ADDRESS: '1000',
      // Links the app sends (invitations) point at the server that made them.
      APP_URL: `http://localhost:${serverPort}`,
      // The URL-import spec serves its article from a local server on 127.0.0.1.
      MARGIN_FETCH_ALLOW_HOSTS: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      // No link checks on a timer: the seed's sources point at real sites (unreachable offline), and
      // specs check sources with "Check now" when they mean to.
      MARGIN_LINK_CHECKS: 'off',
      // Only the second server sends mail (sign-up then says "check your email" and sends a
      // verification link: e2e/identity.spec.ts); on the first, specs sign up as in the demo.
      ...(serverPort === port2 ? { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } : {}),
    },
  })),
});
