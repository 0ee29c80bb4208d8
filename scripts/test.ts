// `npm test`: typecheck → format → lint → unit → integration → end-to-end, each against a fresh database.
//   tsx scripts/test.ts               the whole suite
//   tsx scripts/test.ts integration   integration tests only (DATABASE_URL's server or embedded)
//   tsx scripts/test.ts e2e           end-to-end tests only
//   tsx scripts/test.ts e2e -- e2e/live.spec.ts   …with arguments for Playwright (or Vitest)
// The e2e stage ends with a short run of the API fuzzer (scripts/bench/fuzz.ts) unless specs are named.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from './db/migrate';
import { PROJECT_ROOT } from './db/migrations-dir';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from './lib/build-stamp';
import { findChromium } from './lib/chromium';
import { bin, run } from './lib/run';
import { createFreshDatabase, dropDatabase, openTestServer, type TestServer } from './test/test-database';
import { DEFAULT_E2E_SMTP_PORT, startMailCatcher } from '../e2e/support/mail-catcher';
import { startTestOidcProvider, TEST_OIDC } from '../e2e/support/oidc-provider';

type Stage = 'typecheck' | 'format' | 'lint' | 'unit' | 'integration' | 'e2e';
const ALL: Stage[] = ['typecheck', 'format', 'lint', 'unit', 'integration', 'e2e'];

const separator = process.argv.indexOf('--');
const requested = (separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator)) as Stage[];
/** Arguments after `--`, passed on to the test runner of the stages asked for. */
const runnerArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const unknown = requested.filter((stage) => !ALL.includes(stage));
if (unknown.length) {
  console.error(`Unknown test stage: ${unknown.join(', ')}. Stages: ${ALL.join(', ')}.`);
  process.exit(2);
}
const stages = requested.length ? requested : ALL;
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const E2E_DIST_DIR = '.next-test';
/** Integration test files run this many at a time, each worker on a database of its own. */
const INTEGRATION_WORKERS = 2;
/** Requests of the API fuzzing run that ends the e2e stage (npm run bench:fuzz sends 10,000). */
const E2E_FUZZ_RUNS = 400;

let server = null as Promise<TestServer> | null;
const databases: string[] = [];

/** A fresh, migrated database for one stage; dropped when the run ends. */
async function freshDatabase(purpose: string, seed: boolean): Promise<string> {
  server ??= openTestServer();
  const { name, url } = await createFreshDatabase((await server).adminUrl, purpose);
  databases.push(name);
  await applyMigrations(url);
  if (seed) await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'], { env: { ...baseEnv, DATABASE_URL: url } });
  return url;
}

let e2ePreparation: Promise<{ env: NodeJS.ProcessEnv; buildLog: string | null }> | null = null;

/**
 * The end-to-end stage's database (fresh, seeded) and production build (when the sources changed
 * since the last). `early`: started while other stages run; the build's output is kept (a log
 * file) and printed when the end-to-end stage starts, so that theirs stays readable.
 */
async function prepareE2e(early: boolean) {
  const env = { ...baseEnv, DATABASE_URL: await freshDatabase('e2e', true), MARGIN_DIST_DIR: E2E_DIST_DIR };
  const distDir = path.join(PROJECT_ROOT, E2E_DIST_DIR);
  const fingerprint = sourceFingerprint(PROJECT_ROOT);
  if (isBuildCurrent(distDir, fingerprint)) return { env, buildLog: null };
  if (!early) {
    await run(bin('next'), ['build'], { env });
    writeBuildStamp(distDir, fingerprint);
    return { env, buildLog: null };
  }
  const logPath = path.join(os.tmpdir(), `margin-e2e-build-${process.pid}.log`);
  const log = fs.openSync(logPath, 'w');
  const read = () => fs.readFileSync(logPath, 'utf8');
  try {
    await run(bin('next'), ['build'], { env, stdio: ['ignore', log, log] });
  } catch (error) {
    throw new Error(`${read()}\n${error instanceof Error ? error.message : error}`);
  } finally {
    fs.closeSync(log);
  }
  const buildLog = read();
  fs.rmSync(logPath, { force: true });
  writeBuildStamp(distDir, fingerprint);
  return { env, buildLog };
}

async function runStage(stage: Stage) {
  switch (stage) {
    case 'typecheck':
      return run(bin('tsc'), ['--noEmit']);
    case 'format':
      return run(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
    case 'lint':
      return run(bin('eslint'), ['--max-warnings', '0', '.']);
    case 'unit':
      return run(bin('vitest'), ['run', '--project', 'unit']);
    case 'integration': {
      // One database per Vitest worker: test files run two at a time, each worker's one after another.
      const urls: string[] = [];
      for (let worker = 0; worker < INTEGRATION_WORKERS; worker += 1) urls.push(await freshDatabase('integration', false));
      return run(bin('vitest'), ['run', '--project', 'integration', ...runnerArgs], {
        // Worker threads at full priority: at a lower one (MARGIN_WORK_NICE), one file's heavy job
        // would wait behind the other file's tests and run over its time budget.
        env: { ...baseEnv, DATABASE_URL: urls[0], MARGIN_TEST_DATABASE_URLS: urls.join(' '), MARGIN_WORK_NICE: '0' },
      });
    }
    case 'e2e': {
      const chromium = findChromium();
      if ('error' in chromium) throw new Error(chromium.error);
      e2ePreparation ??= prepareE2e(false);
      const { env, buildLog } = await e2ePreparation;
      if (buildLog) console.log(`(built while the stages before ran)\n${buildLog}`);
      // The single sign-on specs need a real OpenID Connect server; the app is configured for it.
      const appPort = Number(process.env.MARGIN_E2E_PORT ?? 3100);
      const oidc = await startTestOidcProvider({
        port: Number(process.env.MARGIN_E2E_OIDC_PORT ?? 3101),
        appUrl: `http://localhost:${appPort}`,
      });
      // The second app server sends mail (playwright.config.ts): the catcher keeps it for the specs.
      const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-e2e-mail-'));
      const mail = await startMailCatcher({ port: Number(process.env.MARGIN_E2E_SMTP_PORT ?? DEFAULT_E2E_SMTP_PORT), dir: mailDir });
      try {
        await run(bin('playwright'), ['test', ...runnerArgs], {
          env: {
            ...env,
            MARGIN_E2E_MAIL_DIR: mailDir,
            AUTH_OIDC_ISSUER: oidc.issuer,
            AUTH_OIDC_CLIENT_ID: TEST_OIDC.clientId,
            AUTH_OIDC_CLIENT_SECRET: TEST_OIDC.clientSecret,
            AUTH_OIDC_NAME: TEST_OIDC.name,
          },
        });
        // The REST API fuzzed on a production server of its own (npm run bench:fuzz, fewer requests); not when specs are named.
        if (!runnerArgs.length) {
          const fuzz = {
            ...baseEnv,
            DATABASE_URL: env.DATABASE_URL,
            BENCH_FUZZ_RUNS: process.env.BENCH_FUZZ_RUNS ?? String(E2E_FUZZ_RUNS),
          };
          await run(bin('tsx'), ['--conditions=react-server', 'scripts/bench/fuzz.ts'], { env: fuzz });
        }
      } finally {
        await oidc.close();
        await mail.close();
        fs.rmSync(mailDir, { recursive: true, force: true });
      }
    }
  }
}

const results: { stage: Stage; ok: boolean; seconds: number }[] = [];
try {
  for (const stage of stages) {
    console.log(`\n━━ ${stage} ━━`);
    const startedAt = Date.now();
    let ok = true;
    try {
      await runStage(stage);
    } catch (error) {
      ok = false;
      console.error(error instanceof Error ? error.message : error);
    }
    results.push({ stage, ok, seconds: (Date.now() - startedAt) / 1000 });
    // The build for the end-to-end stage runs beside the stages that leave a core idle (format,
    // lint, unit), once the typecheck, which reads its generated types, is done.
    if (stage === 'typecheck' && stages.includes('e2e')) {
      e2ePreparation = prepareE2e(true);
      e2ePreparation.catch(() => {}); // its error is reported by the e2e stage
    }
  }
} finally {
  if (server) {
    const opened = await server;
    for (const name of databases) await dropDatabase(opened.adminUrl, name).catch(() => {});
    await opened.stop();
  }
}

console.log('\n━━ summary ━━');
for (const { stage, ok, seconds } of results) console.log(`${ok ? 'passed' : 'FAILED'}  ${stage} (${seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
