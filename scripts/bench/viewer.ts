// npm run bench:viewer — how the document page copes with a long, heavily annotated text:
// a ~500 KB report with 5,000 annotations in a fresh database, the production build served on
// MARGIN_BENCH_PORT (3200), signed in through the sign-in form in Chromium, then per run: when
// the server's answer started and ended arriving, time until every highlight is painted (and
// until those on the first screen are), the longest main-thread task while loading, scrolling the
// whole text, selecting words (until the annotation popover shows) and hovering highlights
// (until their details show). Prints the median of BENCH_RUNS runs. Asserts nothing.
// BENCH_PROFILE=<folder>: also records the first run's load (a trace and a CPU profile, saved
// there), from a build whose names are kept (`next build --no-mangling`, in its own folder), and
// sums them up (viewer/profile.ts).
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { getDb } from '@/lib/db';
import { applyMigrations } from '../db/migrate';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { findChromium } from '../lib/chromium';
import { bin, start } from '../lib/run';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { ensureBuild, waitForServer } from './app-server';
import { printTable } from './measure';
import {
  highlightsPainted,
  hoverAndWaitForDetails,
  longestTaskSince,
  NAVIGATION_TIMING,
  RECORD_LONG_TASKS,
  scrollThrough,
  selectAndWaitForPopover,
} from './viewer/in-page';
import { startProfiling, startTracing } from './viewer/profile';
import { BENCH_ACCOUNT, seedViewerDocument } from './viewer/seed';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 5000);
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 940); // ≈ 500 KB of text
const PORT = Number(process.env.MARGIN_BENCH_PORT ?? 3200);
const PROFILE = process.env.BENCH_PROFILE;
const DIST_DIR = PROFILE ? '.next-bench-profile' : '.next-bench';
const BASE_URL = `http://localhost:${PORT}`; // Auth.js builds its URLs with localhost

async function signIn(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(BENCH_ACCOUNT.email);
  await page.getByLabel('Password').fill(BENCH_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const state = await context.storageState();
  await context.close();
  return state;
}

type Figures = Record<string, number | null>;

async function measureOnce(context: BrowserContext, documentPath: string, visible: number, profileTo?: string): Promise<Figures> {
  const page = await context.newPage();
  await page.addInitScript(RECORD_LONG_TASKS);
  const stopProfiling = profileTo ? await startProfiling(context.browser()!, page, profileTo) : null;
  await page.goto(documentPath, { waitUntil: 'commit' });
  const { painted, withElement, firstScreen } = await page.evaluate<{ painted: number; withElement: number; firstScreen: number }>(
    highlightsPainted(visible),
  );
  await stopProfiling?.();
  const navigation = await page.evaluate<{ responseStart: number; responseEnd: number; encodedBodySize: number; decodedBodySize: number }>(
    NAVIGATION_TIMING,
  );
  const loadTask = await page.evaluate<number>(longestTaskSince(0));
  const stopTracing = profileTo ? await startTracing(context.browser()!, page, profileTo, 'scroll') : null;
  const scroll = await page.evaluate<{ started: number; ms: number; p95: number; max: number }>(scrollThrough);
  await stopTracing?.();
  const scrollTask = await page.evaluate<number>(longestTaskSince(scroll.started));
  const select = await page.evaluate<{ started: number; median: number; max: number }>(selectAndWaitForPopover(5));
  const selectTask = await page.evaluate<number>(longestTaskSince(select.started));
  const hover = await page.evaluate<{ started: number; median: number; max: number } | null>(hoverAndWaitForDetails(5));
  const hoverTask = hover ? await page.evaluate<number>(longestTaskSince(hover.started)) : null;
  await page.close();
  return {
    'server: first byte of the page ms': navigation.responseStart,
    'server: whole page received ms': navigation.responseEnd,
    'page as sent (compressed) KB': navigation.encodedBodySize / 1024,
    'page as read KB': navigation.decodedBodySize / 1024,
    'highlights painted ms': painted,
    'highlights on the first screen painted ms': firstScreen,
    'annotations with a highlight element': withElement,
    'load: longest task ms': loadTask,
    'scroll: p95 frame ms': scroll.p95,
    'scroll: longest frame ms': scroll.max,
    'scroll: longest task ms': scrollTask,
    'select → popover ms': select.median,
    'select: longest task ms': selectTask,
    'hover → details ms': hover?.median ?? null,
    'hover: longest task ms': hoverTask,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const chromiumPath = findChromium();
if ('error' in chromiumPath) throw new Error(chromiumPath.error);
const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench_viewer');
let app: ReturnType<typeof start> | null = null;
let browser: Browser | null = null;
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const seeded = await seedViewerDocument({ paragraphs: PARAGRAPHS, annotations: ANNOTATIONS });
  console.log(
    `Document: ${(seeded.characters / 1024).toFixed(0)} KB of text, ${seeded.annotations} annotations (${seeded.visible} visible to the reader).`,
  );

  const env = { ...process.env, DATABASE_URL: database.url, MARGIN_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };
  await ensureBuild(DIST_DIR, env, PROFILE ? ['--no-mangling'] : []);
  app = start(bin('next'), ['start', '--port', String(PORT)], {
    env: { ...env, AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else', AUTH_TRUST_HOST: 'true' },
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`${BASE_URL}/sign-in`);

  browser = await chromium.launch({
    executablePath: chromiumPath.path,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const storageState = await signIn(browser);
  const runs: Figures[] = [];
  for (let index = 0; index < RUNS; index++) {
    // A new context per run: nothing cached from the run before but the session cookie.
    const context = await browser.newContext({ baseURL: BASE_URL, storageState, viewport: { width: 1440, height: 900 } });
    runs.push(await measureOnce(context, seeded.path, seeded.visible, index === 0 ? PROFILE : undefined));
    await context.close();
    console.log(`run ${index + 1}/${RUNS} done`);
  }
  printTable(
    Object.keys(runs[0]!).map((figure) => {
      const values = runs.map((figures) => figures[figure] ?? null);
      const known = values.filter((value): value is number => value !== null);
      return {
        figure,
        [`median of ${RUNS}`]: known.length ? Math.round(median(known)) : '–',
        runs: values.map((value) => (value === null ? '–' : Math.round(value))).join(' / '),
      };
    }),
  );
} finally {
  await browser?.close();
  app?.kill('SIGTERM');
  await getDb().$disconnect();
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
