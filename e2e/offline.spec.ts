// Offline, Margin says so, keeps what was typed and says why buttons wait; an action tried anyway
// fails out loud, and works when the connection is back.
import { expect, test } from '@playwright/test';
import { importPastedText, selectInEditor } from './support/documents';
import { createWorkspace } from './support/teams';

test('offline: a notice, sending buttons wait with the reason, a claim marked anyway says it failed; back online it is marked', async ({
  page,
  context,
}) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Arms deals', text: 'Poland signed a record $14 billion deal with South Korea in 2022.' });
  const editor = page.getByTestId('document-editor');
  const items = page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem');
  await expect(items).toHaveCount(0);

  await context.setOffline(true);
  const notice = page.getByRole('status').filter({ hasText: 'You are offline' });
  await expect(notice).toBeVisible();
  await selectInEditor(editor, 'Poland signed ', 'a record $14 billion deal');
  await editor.dispatchEvent('mouseup');
  const popover = page.getByRole('dialog', { name: 'Annotate the selection' });
  await popover.getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not reach Margin' })).toBeVisible();
  await expect(items).toHaveCount(0);

  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
  await popover.getByRole('button', { name: 'Claim' }).click();
  await expect(items).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not reach Margin' })).toHaveCount(0);
});

test('offline, a form keeps what was typed and its button says it waits for the connection', async ({ page, context }) => {
  const { slug } = await createWorkspace(page);
  await page.goto(`/w/${slug}/import`);
  await page.getByLabel('Article text').fill('The navy will buy four submarines by 2030.');
  await context.setOffline(true);
  const button = page.getByRole('button', { name: 'Import text' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/You are offline/);
  await context.setOffline(false);
  await expect(button).toBeEnabled();
  await expect(page.getByLabel('Article text')).toHaveValue('The navy will buy four submarines by 2030.');
  await button.click();
  await expect(page).toHaveURL(/\/documents\/[a-z0-9]+$/);
});
