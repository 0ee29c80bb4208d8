// axe (axe-core through @axe-core/playwright) on every page of the app, signed out and signed in,
// with the content a desk would have on it: no violation of WCAG 2.1 A or AA that axe rates serious
// or critical. One test per page, each listing every violation axe found there.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { markPassage } from './support/annotations';
import { SIGNED_OUT } from './support/auth';
import { importPastedText } from './support/documents';
import { insertCapture, insertEvidence, insertSource, readDesk } from './support/sources';
import { createWorkspace } from './support/teams';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Found = Record<string, string[]>;

/** The serious and critical violations on the page as it is now: `rule: first target (count)`. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')} (${violation.nodes.length})`);
}

/** Opens `path`, waits for its heading, and records what axe finds under `name`. */
async function check(page: Page, found: Found, name: string, path?: string) {
  if (path) await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
  const list = await violations(page);
  if (list.length > 0) found[name] = list;
}

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });
  test('the sign-in, sign-up and password reset pages have no serious accessibility violations', async ({ page }) => {
    const found: Found = {};
    await check(page, found, 'sign in', '/sign-in');
    await page.getByLabel('Email').fill('nobody@example.test');
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click(); // with its error shown
    await expect(page.locator('form').getByRole('alert').first()).toBeVisible();
    await check(page, found, 'sign in, refused');
    await check(page, found, 'sign up', '/sign-up');
    await check(page, found, 'forgot password, no mail', '/forgot-password');
    // the second app server sends mail, so it shows the form
    await check(page, found, 'forgot password', `http://localhost:${Number(process.env.MARGIN_E2E_PORT2 ?? 3102)}/forgot-password`);
    await check(page, found, 'reset link not valid', `/reset-password/${'x'.repeat(43)}`);
    expect(found).toEqual({});
  });
});

/** A workspace with an article, a claim, a source with two captures and evidence; made once per worker. */
type Desk = { slug: string; documentPath: string; sourceId: string; captureId: string; evidenceId: string };
let desk: Desk;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: 'e2e/.auth/demo.json' });
  const page = await context.newPage();
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, {
    title: 'Arms deals',
    text: 'Poland signed a record $14 billion deal with South Korea in 2022.\n\nThe navy will buy four submarines by 2030.',
  });
  const documentPath = new URL(page.url()).pathname;
  await markPassage(page, 'Poland signed ', 'a record $14 billion deal', 'Claim');
  const { workspaceId, claim } = await readDesk(slug);
  const url = 'https://ministry.example.test/release';
  const sourceId = await insertSource({ workspaceId, url, linkStatus: 'changed' });
  await insertCapture({
    sourceId,
    finalUrl: url,
    text: 'The ministry said the deal is worth $14 billion.',
    capturedAt: new Date(Date.now() - 86_400_000),
  });
  const captureId = await insertCapture({
    sourceId,
    finalUrl: url,
    text: 'The ministry said the deal is worth $12 billion.',
    capturedAt: new Date(),
  });
  const evidenceId = await insertEvidence({ claimId: claim('a record $14 billion deal'), sourceId, quote: 'worth $12 billion', captureId });
  desk = { slug, documentPath, sourceId, captureId, evidenceId };
  await context.close();
});

test('the document page with a claim open has no serious accessibility violations', async ({ page }) => {
  const found: Found = {};
  await page.goto(desk.documentPath);
  await page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: '$14 billion' }).click();
  await expect(page.getByTestId('claim-panel')).toBeVisible();
  await check(page, found, 'document, claim open');
  expect(found).toEqual({});
});

const PAGES: [string, (desk: Desk) => string][] = [
  ['workspaces', () => '/w'],
  ['workspace', ({ slug }) => `/w/${slug}`],
  ['import', ({ slug }) => `/w/${slug}/import`],
  ['claim board', ({ slug }) => `/w/${slug}/claims`],
  ['my work', ({ slug }) => `/w/${slug}/my-work`],
  ['document claims', ({ documentPath }) => `${documentPath}/claims`],
  ['versions', ({ documentPath }) => `${documentPath}/versions`],
  ['sources', ({ slug }) => `/w/${slug}/sources`],
  ['source', ({ slug, sourceId }) => `/w/${slug}/sources/${sourceId}`],
  ['capture', ({ slug, sourceId, captureId }) => `/w/${slug}/sources/${sourceId}/captures/${captureId}`],
  ['capture compared', ({ slug, sourceId, captureId }) => `/w/${slug}/sources/${sourceId}/captures/${captureId}/compare`],
  ['evidence', ({ slug, evidenceId }) => `/w/${slug}/evidence/${evidenceId}`],
  ['tags', ({ slug }) => `/w/${slug}/tags`],
  ['members', ({ slug }) => `/w/${slug}/members`],
  ['settings', ({ slug }) => `/w/${slug}/settings`],
  ['webhooks', ({ slug }) => `/w/${slug}/settings/webhooks`],
  ['account', () => '/account'],
  ['notifications', () => '/notifications'],
];

for (const [name, path] of PAGES)
  test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
    const found: Found = {};
    await check(page, found, name, path(desk));
    expect(found).toEqual({});
  });
