import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { markPassage } from './support/annotations';
import { importPastedText } from './support/documents';
import { insertCapture, insertEvidence, insertSource, readDesk } from './support/sources';
import { createWorkspace } from './support/teams';

const ARTICLE = [
  'Poland signed a record $14 billion deal with South Korea in 2022.',
  '',
  'The navy will buy four submarines by 2030.',
].join('\n');

/** A workspace with an article and its two passages marked as claims; returns the slug, the document's URL and the database ids. */
async function deskWithClaims(page: Page) {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Arms deals', text: ARTICLE });
  const documentUrl = page.url();
  await markPassage(page, 'Poland signed ', 'a record $14 billion deal', 'Claim');
  await markPassage(page, 'The navy will buy ', 'four submarines', 'Claim');
  const desk = await readDesk(slug);
  return { slug, documentUrl, ...desk, deal: desk.claim('a record $14 billion deal'), submarines: desk.claim('four submarines') };
}

const FILLER = Array.from(
  { length: 40 },
  (_, index) => `Paragraph ${index + 1} of the ministry’s release, about procurement in general.`,
).join('\n\n');
const QUOTE = 'the contract is worth $14 billion over ten years';

test('a changed source: its captures, the quote highlighted in the reader view, a quote not found, and the diff', async ({ page }) => {
  const desk = await deskWithClaims(page);
  const url = 'https://ministry.example.test/release';
  const sourceId = await insertSource({
    workspaceId: desk.workspaceId,
    url,
    title: 'Ministry release',
    linkStatus: 'changed',
    lastCheckedAt: new Date(),
  });
  const older = `${FILLER}\n\nThe ministry said ${QUOTE}.`;
  const newer = `${FILLER}\n\nThe ministry said the contract is worth $12 billion over ten years.\n\n${QUOTE} — an earlier estimate.`;
  await insertCapture({
    sourceId,
    finalUrl: url,
    text: older,
    title: 'Ministry release',
    capturedAt: new Date('2026-01-05T10:00:00Z'),
    trigger: 'added',
  });
  const latest = await insertCapture({
    sourceId,
    finalUrl: url,
    text: newer,
    title: 'Ministry release (updated)',
    capturedAt: new Date('2026-02-07T10:00:00Z'),
  });
  const start = newer.indexOf(QUOTE);
  await insertEvidence({
    claimId: desk.deal,
    sourceId,
    quote: QUOTE,
    captureId: latest,
    quoteStart: start,
    quoteEnd: start + QUOTE.length,
  });
  await insertEvidence({
    claimId: desk.submarines,
    sourceId,
    quote: 'four submarines by 2030',
    captureId: latest,
    quoteStart: null,
    quoteEnd: null,
  });

  await page.goto(`/w/${desk.slug}/sources`);
  const row = page.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: 'Ministry release' });
  await expect(row).toContainText('Changed');
  await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  await row.getByRole('link', { name: 'Ministry release' }).click();

  // The source page: status in words, archive links in a new tab, the history with the change marked.
  await expect(page.getByRole('heading', { level: 1, name: 'Ministry release' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Link health' })).toContainText('Changed');
  const archive = page.getByRole('link', { name: 'the Internet Archive' });
  await expect(archive).toHaveAttribute('href', `https://web.archive.org/web/*/${url}`);
  await expect(archive).toHaveAttribute('target', '_blank');
  await expect(archive).toHaveAttribute('rel', /noopener/);
  await expect(page.getByRole('link', { name: 'archive.today' })).toHaveAttribute('rel', /noopener/);
  const captures = page.getByRole('table', { name: 'Captures' }).getByTestId('capture');
  await expect(captures).toHaveCount(2);
  await expect(captures.first()).toContainText('Text changed');
  await expect(captures.first()).toContainText('200');
  await expect(captures.nth(1)).toContainText('First text');

  // The quote found in the latest capture opens highlighted, scrolled into view.
  const claims = page.getByRole('list', { name: 'Claims relying on this source' });
  await claims.getByRole('link', { name: 'Quote found in the capture of 7 Feb 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ministry release (updated)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The quote was found in this capture' })).toBeVisible();
  const mark = page.locator('mark#evidence-quote');
  await expect(mark).toHaveText(QUOTE);
  await expect(mark).toBeInViewport();
  await expect(page.getByRole('article', { name: 'Captured text' }).locator('p')).toHaveCount(42);

  // The other claim's quote is not in that capture: said plainly, with the quote shown.
  await page.goBack();
  await claims.getByRole('listitem').filter({ hasText: 'four submarines by 2030' }).getByRole('link', { name: 'Quote not found' }).click();
  const notFound = page.getByRole('alert').filter({ hasText: 'The quote was not found in this capture.' });
  await expect(notFound).toContainText('four submarines by 2030');
  await expect(page.locator('mark')).toHaveCount(0);

  // What changed between the two captures, word by word.
  await page.getByRole('link', { name: 'Compare with the previous capture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
  const diff = page.getByTestId('diff');
  // (jsdiff splits "$12" into "$" and "12")
  await expect(diff.locator('ins').filter({ hasText: '12' }).first()).toBeVisible();
  await expect(page.getByTestId('diff-summary')).toContainText('7 Feb 2026');

  // The claim's own panel says the same about its evidence.
  await page.goto(desk.documentUrl);
  await page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: '$14 billion' }).click();
  const evidence = page.getByTestId('claim-panel').getByRole('list', { name: 'Evidence' });
  await expect(evidence).toContainText('Changed');
  await expect(evidence.getByRole('link', { name: 'Quote found in the capture of 7 Feb 2026' })).toHaveAttribute('href', /\?evidence=/);
});

test('a gone source flags its claims on both claim boards, and the board’s filter finds them', async ({ page }) => {
  const desk = await deskWithClaims(page);
  const gone = await insertSource({
    workspaceId: desk.workspaceId,
    url: 'https://gone.example.test/report',
    linkStatus: 'gone',
    lastError: 'The page answered with HTTP 404.',
    lastCheckedAt: new Date(),
  });
  const alive = await insertSource({
    workspaceId: desk.workspaceId,
    url: 'https://alive.example.test/report',
    linkStatus: 'alive',
    lastCheckedAt: new Date(),
  });
  await insertSource({ workspaceId: desk.workspaceId, url: 'https://new.example.test/page', linkStatus: 'unchecked' });
  await insertEvidence({ claimId: desk.submarines, sourceId: gone, quote: 'four submarines' });
  await insertEvidence({ claimId: desk.deal, sourceId: alive, quote: '$14 billion' });

  await page.goto(`/w/${desk.slug}/claims`);
  const rows = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'four submarines' }).getByTestId('source-flag')).toHaveText('Source gone');
  await expect(rows.filter({ hasText: '$14 billion' }).getByTestId('source-flag')).toHaveCount(0);

  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Sources').selectOption('flagged');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/source=flagged/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('four submarines');

  // The document's own board flags it too.
  await page.goto(`${desk.documentUrl}/claims?source=gone`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('source-flag')).toHaveText('Source gone');

  // The library: counts per status, and its filters in the URL.
  await page.goto(`/w/${desk.slug}/sources`);
  const statusFilters = page.getByRole('navigation', { name: 'Filter sources by status' });
  await expect(statusFilters.getByRole('link', { name: 'All (3)' })).toHaveAttribute('aria-current', 'page');
  await statusFilters.getByRole('link', { name: 'Dead (1)' }).click();
  await expect(page).toHaveURL(/status=dead/);
  const sources = page.getByRole('table', { name: 'Sources' }).locator('tbody tr');
  await expect(sources).toHaveCount(1);
  await expect(sources.first()).toContainText('gone.example.test');
  await expect(sources.first()).toContainText('Gone');
  await statusFilters.getByRole('link', { name: 'Not checked yet (1)' }).click();
  await expect(page).toHaveURL(/status=unchecked/);
  await expect(sources).toHaveCount(1);
  await expect(sources.first()).toContainText('new.example.test');
  await expect(sources.first()).toContainText('never');
  await statusFilters.getByRole('link', { name: 'Changed (0)' }).click();
  await expect(page.getByText('No sources match.')).toBeVisible();

  // The gone source's page says why.
  await page.goto(`/w/${desk.slug}/sources/${gone}`);
  await expect(page.getByTestId('last-error')).toHaveText('The page answered with HTTP 404.');
});

test('Check now fetches the page: alive, then changed with its diff, then gone', async ({ page }) => {
  let body = '<p>The harbour handled 16,500 containers in March.</p>';
  let status = 200;
  const server = http.createServer((_request, response) =>
    response
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>${body}<p>Figures from the port authority, published monthly for every terminal.</p></article></body></html>`,
      ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { slug } = await createWorkspace(page);
    const { workspaceId } = await readDesk(slug);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/harbour`;
    const sourceId = await insertSource({ workspaceId, url, linkStatus: 'unchecked' });
    await page.goto(`/w/${slug}/sources/${sourceId}`);
    const health = page.getByRole('region', { name: 'Link health' });
    const captures = page.getByRole('table', { name: 'Captures' }).getByTestId('capture');
    await expect(health).toContainText('Not checked yet');

    await page.getByRole('button', { name: 'Check now' }).click();
    await expect(health).toContainText('Alive');
    await expect(captures).toHaveCount(1);

    body = '<p>The harbour handled 12,000 containers in March.</p>';
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect(health).toContainText('Changed');
    await expect(captures).toHaveCount(2);
    await expect(captures.first()).toContainText('Text changed');
    await captures.first().getByRole('link', { name: 'compare with the previous' }).click();
    // "16,500" → "12,000": jsdiff changes the digits on each side of the comma
    const diff = page.getByTestId('diff');
    await expect(diff.locator('del')).toHaveText(['16', '500']);
    await expect(diff.locator('ins')).toHaveText(['12', '000']);
    await page.goBack();

    status = 404;
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect(health).toContainText('Gone');
    await expect(page.getByTestId('last-error')).toContainText('404');
  } finally {
    server.close();
  }
});
