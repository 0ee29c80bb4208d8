import { expect, type Page } from '@playwright/test';
import { selectInEditor } from './documents';

/** Marks `words` (where they follow `before`) as a claim or figure on the open document page, and waits for it to be listed. */
export async function markPassage(page: Page, before: string, words: string, kind: 'Claim' | 'Figure') {
  const editor = page.getByTestId('document-editor');
  const items = page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem');
  const existing = await items.count();
  await selectInEditor(editor, before, words);
  await editor.dispatchEvent('mouseup');
  await page.getByRole('dialog', { name: 'Annotate the selection' }).getByRole('button', { name: kind }).click();
  await expect(page.getByRole('dialog', { name: 'Annotate the selection' })).toHaveCount(0);
  await expect(items).toHaveCount(existing + 1);
}
