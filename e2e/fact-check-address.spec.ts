// The library of published fact checks, fed by an address (issue 22): the page of a fact check
// published elsewhere is fetched, its ClaimReview markup read and added; a page without any is
// refused in words, next to the address, and adds nothing. The page is served on loopback, which
// the e2e app server allows (MARGIN_FETCH_ALLOW_HOSTS in playwright.config.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createWorkspace } from './support/teams';

const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example.org/riga-trams',
  claimReviewed: 'Riga bought 40 new trams last year.',
  datePublished: '2026-05-04',
  author: { '@type': 'Organization', name: 'Baltic Check' },
  reviewRating: { '@type': 'Rating', alternateName: 'True' },
};
const PAGES: Record<string, string> = {
  '/riga-trams': `<!doctype html><html><head><title>Riga trams</title><script type="application/ld+json">${JSON.stringify({ '@graph': [REVIEW] })}</script></head><body><p>True.</p></body></html>`,
  '/no-markup': '<!doctype html><html><head><title>Blog</title></head><body><p>Nothing to read here.</p></body></html>',
};

test('a published fact check is added to the library by its address; a page without ClaimReview is refused', async ({ page }) => {
  const server = http.createServer((request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[request.url ?? ''] ?? ''),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  try {
    const { slug } = await createWorkspace(page);
    await page.goto(`/w/${slug}/claims`);
    await page.getByText(/^Published fact checks/).click();
    const address = page.getByLabel('Or the address of a fact check or a feed');

    await address.fill(at('/no-markup'));
    await page.getByRole('button', { name: 'Import from address' }).click();
    await expect(page.getByText(/No ClaimReview found at this address/)).toBeVisible();
    await expect(address).toHaveValue(at('/no-markup')); // kept, to be corrected
    await expect(page.getByText('Published fact checks (0 in the library)')).toBeVisible();

    await address.fill(at('/riga-trams'));
    await page.getByRole('button', { name: 'Import from address' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 1; 0 already in the library' })).toBeVisible();
    await expect(page.getByText('Published fact checks (1 in the library)')).toBeVisible();
  } finally {
    server.close();
  }
});
