import { expect, type Page } from '@playwright/test';
import { selectInEditor } from './documents';

/** Marks `words` (where they follow `before`) as a claim or figure on the open document page, and waits for it to be listed. */
export async function markPassage(page: Page, before: string, words: string, kind: 'Claim' | 'Figure') {
  const editor = page.getByTestId('document-editor');
  const items = page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem');
  await closeAnnotationView(page); // it stands in the list's place: closed first, so the list can be counted
  const existing = await items.count();
  await selectInEditor(editor, before, words);
  await editor.dispatchEvent('mouseup');
  await page.getByRole('dialog', { name: 'Annotate the selection' }).getByRole('button', { name: kind }).click();
  await expect(page.getByRole('dialog', { name: 'Annotate the selection' })).toHaveCount(0);
  await expect(items).toHaveCount(existing + 1);
}

/**
 * Opens, from the list, the annotation whose words contain `text`, and returns the claim view.
 * The view takes the list's place beside the text, so one that is open is closed first — unless
 * it already shows that annotation (the address names the open one: a reload keeps it open).
 */
export async function openFromList(page: Page, text: string) {
  const view = page.getByTestId('annotation-panel');
  if ((await view.isVisible()) && (await view.getByTestId('annotation-quote').textContent())?.includes(text)) return view;
  await closeAnnotationView(page);
  await page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: text }).click();
  await expect(view).toBeVisible();
  return view;
}

/** Closes the open annotation view, if one is open. */
export async function closeAnnotationView(page: Page) {
  const view = page.getByTestId('annotation-panel');
  if (!(await view.isVisible())) return;
  await view.getByRole('button', { name: 'Close the selected annotation' }).click();
  await expect(view).toHaveCount(0);
}
