import { expect, test } from '@playwright/test';
import { importPastedText } from './support/documents';
import { TEXT } from './support/desk';
import { createWorkspace } from './support/teams';

test('a dismissed suggestion comes back with Undo, or later from the list of dismissed ones', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Munitions', text: TEXT });
  await page.getByRole('button', { name: 'Suggest figures and claims' }).click();
  const suggestion = page.locator('[data-testid="suggestion"][data-kind="figure"]').filter({ hasText: '$14 billion' });
  await expect(suggestion).toHaveCount(1);

  await suggestion.getByRole('button', { name: /^Dismiss / }).click();
  await expect(suggestion).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Dismissed “$14 billion”' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(suggestion).toHaveCount(1);
  await expect(notice).toHaveCount(0);

  await suggestion.getByRole('button', { name: /^Dismiss / }).click();
  await expect(suggestion).toHaveCount(0);
  await page.getByText(/^Dismissed( \(\d+\))?$/).click();
  const dismissed = page.getByRole('list', { name: 'Dismissed suggestions' }).getByRole('listitem');
  await expect(dismissed).toHaveCount(1);
  await expect(dismissed).toContainText('Dismissed by Dana Demo');
  await dismissed.getByRole('button', { name: /^Restore / }).click();
  await expect(suggestion).toHaveCount(1);
  await expect(dismissed).toHaveCount(0);
});
