import { expect, test } from '@playwright/test';
import { createWorkspace } from './support/teams';

test('merging and deleting a tag say what they will do and wait for a yes', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await page.goto(`/w/${slug}/tags`);
  for (const name of ['Navy', 'Fleet']) {
    await page.getByLabel('New tag').fill(name);
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem', { name })).toBeVisible();
  }
  const row = (name: string) => page.getByRole('list', { name: 'Tags' }).getByRole('listitem', { name });

  await row('Fleet').getByLabel('Merge Fleet into').selectOption({ label: 'Navy' });
  await row('Fleet').getByRole('button', { name: 'Merge…' }).click();
  const question = row('Fleet').getByRole('group', { name: /^Confirm: Merge/ });
  await expect(question).toContainText('Merge “Fleet” into “Navy”: 0 annotations will be retagged');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(row('Fleet')).toBeVisible();

  await row('Fleet').getByRole('button', { name: 'Merge…' }).click();
  await row('Fleet').getByRole('button', { name: 'Yes, merge' }).click();
  await expect(row('Fleet')).toHaveCount(0);

  await row('Navy').getByRole('button', { name: 'Delete Navy' }).click();
  await expect(row('Navy').getByRole('group', { name: /^Confirm: Delete/ })).toContainText('Delete “Navy”: it comes off 0 annotations');
  await row('Navy').getByRole('button', { name: 'Yes, delete' }).click();
  await expect(row('Navy')).toHaveCount(0);
});
