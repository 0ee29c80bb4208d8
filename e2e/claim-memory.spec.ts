// "Have we checked this already?" (issue 22): a claim marked in a new article shows the claim
// another article already had, in other words, with its verdict, date and a link; the checker
// links the two as the same claim and then sees the earlier verdict's rationale. A fact check
// published elsewhere, imported from its ClaimReview file, is matched too and added as evidence.
import { expect, test, type Page } from '@playwright/test';
import { markPassage } from './support/annotations';
import { panelOf, statusOf } from './support/desk';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

const EARLIER = 'Officials said the harbour of Gdańsk handled 16,500 containers in a single day last May.';
const LATER = 'Last May, in a single day, the harbour of Gdańsk handled 16.5k containers.';
const CLAIM_REVIEWS = JSON.stringify([
  {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example.org/gdansk-containers',
    claimReviewed: 'The harbour of Gdańsk handled 16,500 containers in one day last May.',
    datePublished: '2026-06-02',
    author: { '@type': 'Organization', name: 'Baltic Check' },
    reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
  },
]);
const OTHER_FIGURE = 'The harbour of Gdańsk handled 1,650 containers in a single day last May.';

/** Marks `words` as a claim and opens its panel. */
async function markClaim(page: Page, before: string, words: string) {
  await markPassage(page, before, words, 'Claim');
  await page.getByRole('list', { name: 'Annotations in the text' }).getByRole('button').filter({ hasText: words }).click();
  await expect(panelOf(page).getByTestId('claim-statement')).toContainText(words);
}

test('marking a claim shows the verdict an earlier article’s claim got, and links the two as the same claim', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  const earlierTitle = `Harbour records ${Date.now()}`;
  await importPastedText(page, slug, { title: earlierTitle, text: EARLIER });
  await markClaim(page, 'Officials said ', 'the harbour of Gdańsk handled 16,500 containers in a single day last May');
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('false');
  await panel.getByLabel('Rationale').fill('The port authority counted 9,800 that day.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  // a fact check published elsewhere, imported into the library from its ClaimReview file
  await page.goto(`/w/${slug}/claims`);
  await page.getByText(/^Published fact checks/).click();
  await page
    .getByLabel('ClaimReview file')
    .setInputFiles({ name: 'reviews.json', mimeType: 'application/ld+json', buffer: Buffer.from(CLAIM_REVIEWS) });
  await expect(page.getByRole('status').filter({ hasText: 'Added 1;' })).toBeVisible();

  await importPastedText(page, slug, { title: `Harbour boom ${Date.now()}`, text: `${LATER}\n\n${OTHER_FIGURE}` });
  // a different figure is a different claim: nothing seen before, nothing published
  await markClaim(page, '', OTHER_FIGURE.slice(0, -1));
  await expect(panel.getByTestId('claim-memory')).toHaveText(/^Not seen before/);

  await markClaim(page, '', LATER.slice(0, -1));
  const match = panel.getByTestId('claim-match');
  await expect(match).toHaveCount(1);
  await expect(match).toContainText('handled 16,500 containers');
  await expect(match.getByTestId('memory-verdict')).toHaveText('Proposed: False');
  await expect(match.getByRole('link', { name: earlierTitle })).toHaveAttribute('href', /\/documents\/[^/?]+\?annotation=/);

  const published = panel.getByTestId('published-match');
  await expect(published).toHaveCount(1);
  await expect(published.getByRole('link')).toHaveText('Checked by Baltic Check on 2 Jun 2026: Mostly false');
  await published.getByRole('button', { name: 'Add as evidence' }).click();
  await expect(panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await expect(published).toContainText('In this claim’s evidence');

  await match.getByRole('button', { name: 'The same claim' }).click();
  const linked = panel.getByTestId('claim-linked');
  await expect(linked).toContainText('The port authority counted 9,800 that day.');
  await expect(panel.getByTestId('claim-match')).toHaveCount(0);

  // the board shows the two together
  await linked.locator('..').getByRole('link', { name: 'On the board' }).click();
  await expect(page.getByRole('table', { name: 'Claims' }).locator('tbody tr')).toHaveCount(2);
});
