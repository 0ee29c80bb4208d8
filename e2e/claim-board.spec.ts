import { expect, test } from '@playwright/test';
import { markPassage } from './support/annotations';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

const TEXT = [
  'North Korea has shipped over 16,500 containers of munitions since September last year.',
  '',
  'South Korea secured a record $14 billion deal with Poland in 2022, and a South Korean firm is bidding to build four submarines.',
].join('\n');

test('the claim board filters through the URL and changes several claims at once', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Arms figures', text: TEXT });
  const documentUrl = page.url();
  await markPassage(page, 'North Korea has shipped ', 'over 16,500 containers', 'Figure');
  await markPassage(page, 'a South Korean firm is bidding to build ', 'four submarines', 'Claim');
  await expect(page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Claims' }).click();
  await expect(page.getByRole('heading', { name: 'Claims', level: 1 })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);

  // Filters go into the address, so a filtered board can be shared.
  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Kind').selectOption('figure');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/kind=figure/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('over 16,500 containers');

  await filters.getByLabel('Kind').selectOption('');
  await filters.getByLabel('Search').fill('submarine');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('four submarines');

  // A bad value in the address is named and left out, not an error.
  await page.goto(`/w/${slug}/claims?status=finished`);
  await expect(page.getByText('Some filters in the address were not understood and are ignored: status.')).toBeVisible();
  await expect(rows).toHaveCount(2);

  // Bulk: assign both to me, then start both; starting them again is refused row by row.
  await page.getByLabel('Select all claims on this page').check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByLabel('Assign to').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 changed.' })).toBeVisible();
  await page.goto(`/w/${slug}/claims?assignee=me`);
  await expect(rows).toHaveCount(2);

  await page.getByLabel('Select all claims on this page').check();
  await page.getByRole('button', { name: 'Apply step' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 changed.' })).toBeVisible();
  await expect(rows.filter({ hasText: 'In progress' })).toHaveCount(2);
  await page.getByLabel('Select all claims on this page').check();
  await page.getByRole('button', { name: 'Apply step' }).click();
  const refused = page.getByRole('status').filter({ hasText: '0 changed, 2 refused.' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('This claim is in progress');

  // The document's own board, in text order, with its progress.
  await page.goto(`${documentUrl}/claims`);
  await expect(page.getByRole('region', { name: 'Checking progress' })).toContainText('0 of 2 claims reviewed');
  await expect(page.getByRole('img', { name: /Claims by status: 0 Unchecked, 2 In progress/ })).toBeVisible();
  await expect(rows.first()).toContainText('over 16,500 containers');
  await expect(rows.nth(1)).toContainText('four submarines');
});
