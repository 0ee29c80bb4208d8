import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { importPastedText, selectInEditor } from './support/documents';
import { createWorkspace } from './support/teams';

test('a claim board downloads its claims, and says why a ClaimReview export is refused', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, {
    title: 'Arms figures',
    text: 'North Korea has shipped over 16,500 containers of munitions since September last year.',
  });
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, 'North Korea has shipped ', 'over 16,500 containers');
  await editor.dispatchEvent('mouseup');
  await page.getByRole('dialog', { name: 'Annotate the selection' }).getByRole('button', { name: 'Figure' }).click();
  await expect(page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem')).toHaveCount(1);

  await page.goto(`${page.url()}/claims`);
  await page.getByText('Export these claims').click();
  const form = page.getByRole('form', { name: 'Export claims' });
  await expect(form.getByLabel('Status')).toHaveValue('reviewed');
  await form.getByLabel('Status').selectOption('any');
  await form.getByLabel('Format').selectOption('csv');
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-arms-figures-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await fs.readFile((await download.path())!, 'utf8');
  expect(csv).toContain('over 16,500 containers');
  expect(csv.split('\n').filter(Boolean)).toHaveLength(2);

  // No publishing profile, the claim has no verdict and the pasted article no address: refused
  // on the board, each named (publishing itself: claimreview-publishing.spec.ts).
  await form.getByLabel('Format').selectOption('claimreview');
  await form.getByRole('button', { name: 'Download' }).click();
  await expect(form.getByRole('alert')).toContainText('Set the organisation name in Settings → Publishing');
  await expect(form.getByRole('alert')).toContainText('1 claim cannot be published as ClaimReview');
  await expect(form.getByRole('alert')).toContainText('lacks verdict and review date (not reviewed yet) and origin URL of the document');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Arms figures');
});
