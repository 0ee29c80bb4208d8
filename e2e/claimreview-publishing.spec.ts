import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { acceptFigureSuggestion, desk, panelOf, statusOf } from './support/desk';

test('ClaimReview: refused with the list of what is missing, then published as the organisation set in Settings → Publishing', async ({
  page,
  browser,
}) => {
  const { slug, reviewer, documentUrl } = await desk(page, browser);
  // Where the claim appeared: the document's byline, date and address.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Document details' });
  await details.getByLabel('Byline').fill('Jane Reporter');
  await details.getByLabel('Published').fill('2026-10-01');
  await details.getByLabel('Origin URL').fill('https://news.example.com/munitions');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details).toHaveCount(0);

  // A figure taken to a reviewed verdict: proposed by the owner, accepted by the checker.
  await acceptFigureSuggestion(page);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(statusOf(panel)).toHaveText('In progress');
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('misleading');
  await panel.getByLabel('Rationale').fill('The shipments began earlier than stated.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');
  const other = reviewer.page;
  await other.goto(documentUrl);
  await other.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: '16,500' }).click();
  await expect(statusOf(panelOf(other))).toHaveText('Awaiting review');
  await expect(other.getByTestId('comment-thread')).toBeVisible(); // the panel is interactive
  await panelOf(other).getByRole('button', { name: 'Accept verdict' }).click();
  await expect(statusOf(panelOf(other))).toHaveText('Reviewed');
  await reviewer.context.close();

  // Without a publishing profile the board lists what is missing and links to the settings.
  await page.goto(`/w/${slug}/claims`);
  await page.getByText('Export these claims').click();
  const form = page.getByRole('form', { name: 'Export claims' });
  await form.getByLabel('Format').selectOption('claimreview');
  await form.getByRole('button', { name: 'Download' }).click();
  const missing = form.getByRole('list', { name: 'What is missing' });
  await expect(missing).toContainText('Set the organisation name in Settings → Publishing');
  await expect(missing).toContainText('1 claim has no public URL');
  await form.getByRole('link', { name: 'Open Settings → Publishing' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/settings#publishing$`));

  // The owner fills the profile; a mistake is named on its field first.
  const publishing = page.getByRole('form', { name: 'Publishing' });
  await publishing.getByLabel('Organisation name').fill('Desk Fact Check');
  await publishing.getByLabel('Organisation website').fill('https://factcheck.example.org');
  await publishing.getByLabel('Public fact-check URL pattern').fill('https://factcheck.example.org/{slug}/{claim}');
  await publishing.getByLabel('Misleading: name').fill('Half true');
  await publishing.getByRole('button', { name: 'Save publishing settings' }).click();
  await expect(publishing.getByText('Unknown placeholder {slug}: use {document}, {document_slug}, {claim}.')).toBeVisible();
  await publishing.getByLabel('Public fact-check URL pattern').fill('https://factcheck.example.org/{document_slug}/{claim}');
  await publishing.getByRole('button', { name: 'Save publishing settings' }).click();
  await expect(publishing.getByText('Publishing settings saved.')).toBeVisible();

  // The download is published as the organisation, at the public address, with the new name.
  await page.goto(`/w/${slug}/claims`);
  await page.getByText('Export these claims').click();
  await form.getByLabel('Format').selectOption('claimreview');
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.claimreview\.jsonld$/);
  const [review, ...rest] = JSON.parse(await fs.readFile((await download.path())!, 'utf8'));
  expect(rest).toHaveLength(0);
  expect(review).toMatchObject({
    '@type': 'ClaimReview',
    url: expect.stringMatching(/^https:\/\/factcheck\.example\.org\/munitions-\d+\/[\w-]+$/),
    author: { '@type': 'Organization', name: 'Desk Fact Check', url: 'https://factcheck.example.org' },
    reviewRating: { '@type': 'Rating', alternateName: 'Half true', ratingValue: 2, bestRating: 5, worstRating: 1 },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Jane Reporter' },
      datePublished: '2026-10-01',
      appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/munitions' },
    },
  });
});
