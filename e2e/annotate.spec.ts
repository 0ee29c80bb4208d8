import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../prisma/demo';
import { importPastedText, selectInEditor } from './support/documents';
import { createWorkspace } from './support/teams';

const TEXT = [
  'According to US Deputy Assistant Secretary of State Robert Koepcke, North Korea has shipped over 16,500 ' +
    'containers of munitions and related materiel since September last year.',
  '',
  'South Korea secured a record $14 billion deal with Poland in 2022, and a South Korean firm is bidding to build four submarines.',
].join('\n');

/** Selects `word` after `before` and chooses `kind` in the popover (by button). */
async function annotate(page: Page, editor: Locator, before: string, word: string, kind: 'Claim' | 'Figure' | 'Citation' | 'Note') {
  await selectInEditor(editor, before, word);
  await editor.dispatchEvent('mouseup');
  await page.getByRole('dialog', { name: 'Annotate the selection' }).getByRole('button', { name: kind }).click();
}

test('a checker marks a figure and a claim; the sidebar lists them in document order', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Arms figures', text: TEXT });
  const editor = page.getByTestId('document-editor');

  await annotate(page, editor, 'Poland in 2022, and a South Korean firm is bidding to build ', 'four submarines', 'Figure');
  const list = page.getByRole('list', { name: 'Annotations in the text' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await selectInEditor(editor, 'North Korea has shipped ', 'over 16,500 containers of munitions');
  await editor.dispatchEvent('mouseup');
  await expect(page.getByRole('dialog', { name: 'Annotate the selection' })).toBeVisible();
  await page.keyboard.press('c'); // the shortcut for a claim
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(0)).toContainText('claim');
  await expect(list.getByRole('listitem').nth(0)).toContainText('over 16,500 containers of munitions');
  await expect(list.getByRole('listitem').nth(1)).toContainText('four submarines');
  await expect(editor.locator('.annotation-highlight')).toHaveCount(2);

  // Filtering by kind narrows the list and the highlights.
  await page.getByRole('group', { name: 'Filter annotations' }).getByLabel('Kind').selectOption('figure');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(editor.locator('.annotation-highlight')).toHaveText('four submarines');
  await page.getByRole('group', { name: 'Filter annotations' }).getByLabel('Kind').selectOption('');
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Escape closes the popover without annotating.
  await selectInEditor(editor, 'a record ', '$14 billion');
  await editor.dispatchEvent('mouseup');
  await expect(page.getByRole('dialog', { name: 'Annotate the selection' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Annotate the selection' })).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Choosing one in the list marks its words in the text, and only them.
  await list.getByRole('button').nth(1).click();
  await expect(editor.locator('[data-active="true"]')).toHaveText('four submarines');
  // The claim view took the list's place beside the text: Escape brings the list back.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-panel')).toHaveCount(0);
  await list.getByRole('button').nth(0).click();
  await expect(editor.locator('.annotation-claim[data-active="true"]')).toHaveText('over 16,500 containers of munitions');
  await expect(editor.locator('.annotation-figure[data-active="true"]')).toHaveCount(0);
});

test('hovering a highlight, or reaching its annotation from the keyboard, shows every annotation on those words', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Overlapping marks', text: TEXT });
  const editor = page.getByTestId('document-editor');
  const list = page.getByRole('list', { name: 'Annotations in the text' });
  await annotate(page, editor, 'North Korea has shipped ', 'over 16,500 containers of munitions', 'Claim');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // A tagged figure inside the claim: the two overlap.
  await selectInEditor(editor, 'over ', '16,500'); // inside the claim's highlight
  await editor.dispatchEvent('mouseup');
  const popover = page.getByRole('dialog', { name: 'Annotate the selection' });
  await popover.getByLabel('Tags').fill('Munitions');
  await popover.getByRole('button', { name: 'New tag “Munitions”' }).click();
  await expect(popover.getByRole('button', { name: 'Munitions', pressed: true })).toBeVisible();
  await popover.getByRole('button', { name: 'Figure' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // Each annotation keeps an element of its own, nested where they overlap.
  await expect(editor.locator('.annotation-claim .annotation-figure, .annotation-figure .annotation-claim')).toHaveText('16,500');

  const details = page.getByRole('tooltip');
  await expect(details).toHaveCount(0);
  await editor.locator('.annotation-figure').hover();
  await expect(details).toContainText('2 annotations here');
  await expect(details.getByRole('listitem')).toHaveCount(2);
  await expect(details.getByRole('listitem').filter({ hasText: 'figure' })).toContainText('Munitions');
  await expect(details.getByRole('listitem').filter({ hasText: 'figure' })).toContainText(`by ${DEMO.name}`);
  await expect(details.getByRole('listitem').filter({ hasText: 'figure' })).toContainText('shared');
  await expect(details.getByRole('listitem').filter({ hasText: 'claim' })).toContainText('“over 16,500 containers of munitions”');
  // Words covered by the claim alone show the claim alone.
  await editor.getByText('containers of munitions').hover();
  await expect(details.getByRole('listitem')).toHaveCount(1);
  await expect(details).toContainText('claim');
  await page.mouse.move(1, 1);
  await expect(details).toHaveCount(0);

  // From the keyboard: the list is one tab stop; arrows move through it and show each one's details.
  await list.getByRole('button').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button').nth(1)).toBeFocused();
  await expect(editor.locator('[data-active="true"]')).toHaveText('16,500');
  await expect(details.getByRole('listitem').first()).toContainText('figure');
  await expect(details.getByRole('listitem').first()).toContainText('Munitions');
  await expect(list.getByRole('button').nth(1)).toHaveAccessibleDescription(/2 annotations here/);
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('button').first()).toBeFocused();
  await expect(details.getByRole('listitem').first()).toContainText('claim');
  await expect(list.getByRole('button').nth(1)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(editor.locator('[data-active="true"]')).toHaveCount(0);
});

test('annotations follow a correction of the text into version 2', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Following edits', text: TEXT });
  const editor = page.getByTestId('document-editor');
  await annotate(page, editor, 'deal with Poland in 2022, and a South Korean firm is bidding to build ', 'four submarines', 'Figure');
  await expect(editor.locator('.annotation-highlight')).toHaveText('four submarines');

  await page.getByRole('list', { name: 'Annotations in the text' }).getByRole('button').first().click();
  await expect(editor.locator('[data-active="true"]')).toHaveText('four submarines');

  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectInEditor(editor, 'Deputy Assistant Secretary of State ', 'Robert');
  await page.keyboard.type('Mr Robert');
  // The marked highlight moves with its words while the text is edited.
  await expect(editor.locator('[data-active="true"]')).toHaveText('four submarines');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 }); // the annotations are placed in the server's worker pool
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 saved.' })).toHaveText('Version 2 saved. 1 annotation moved.');
  await expect(editor).toContainText('Mr Robert Koepcke');
  await expect(editor.locator('.annotation-highlight')).toHaveText('four submarines');
});

test('a tag is created while annotating, then curated on the tags page', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Tagged figures', text: TEXT });
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, 'North Korea has shipped ', 'over 16,500 containers');
  await editor.dispatchEvent('mouseup');
  const popover = page.getByRole('dialog', { name: 'Annotate the selection' });
  await popover.getByLabel('Tags').fill('Munitions');
  await popover.getByRole('button', { name: 'New tag “Munitions”' }).click();
  await expect(popover.getByRole('button', { name: 'Munitions', pressed: true })).toBeVisible();
  await popover.getByRole('button', { name: 'Figure' }).click();
  await expect(page.getByRole('list', { name: 'Annotations in the text' })).toContainText('Munitions');

  await page.getByRole('link', { name: 'Tags' }).click();
  const row = page.getByRole('listitem', { name: 'Munitions' });
  await expect(row.getByTestId('tag-usage')).toHaveText('1 use');
  await row.getByRole('button', { name: 'Edit' }).click();
  await row.getByLabel('Name').fill('Arms shipments');
  await row.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('listitem', { name: 'Arms shipments' })).toBeVisible();
});

test('a re-imported version orphans an annotation whose words are gone; a person re-attaches it', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Re-import', text: TEXT });
  const editor = page.getByTestId('document-editor');
  await annotate(page, editor, 'a record ', '$14 billion deal with Poland', 'Figure');
  await expect(editor.locator('.annotation-highlight')).toHaveCount(1);

  const corrected = TEXT.replace('South Korea secured a record $14 billion deal with Poland in 2022, and a', 'A');
  await page.locator('summary', { hasText: 'Import next version' }).click();
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'corrected.txt', mimeType: 'text/plain', buffer: Buffer.from(corrected) });
  await page.getByRole('button', { name: 'Import as next version' }).click();
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 }); // the annotations are placed in the server's worker pool

  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText('$14 billion deal with Poland');
  await selectInEditor(editor, 'bidding to build ', 'four submarines');
  await editor.dispatchEvent('mouseup');
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(editor.locator('.annotation-highlight')).toHaveText('four submarines');
});

test('a re-imported version that moves paragraphs and inserts sentences keeps annotations on their words', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Re-import, reordered', text: TEXT });
  const editor = page.getByTestId('document-editor');
  await annotate(page, editor, 'North Korea has shipped ', 'over 16,500 containers of munitions', 'Figure');
  await expect(editor.locator('.annotation-highlight')).toHaveCount(1); // saved: the popover is free again
  await annotate(page, editor, 'a record ', '$14 billion deal with Poland', 'Figure');
  await expect(editor.locator('.annotation-highlight')).toHaveCount(2);

  // The second paragraph now comes first, and the first gained a sentence in the middle.
  const [first, , second] = TEXT.split('\n');
  const revised = [second, '', first!.replace('Robert Koepcke, ', 'Robert Koepcke, speaking in Seoul on Tuesday. He said that ')].join(
    '\n',
  );
  await page.locator('summary', { hasText: 'Import next version' }).click();
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'revised.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  await page.getByRole('button', { name: 'Import as next version' }).click();
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 });

  await expect(editor).toContainText('He said that North Korea has shipped');
  await expect(editor.locator('.annotation-highlight')).toHaveText(['$14 billion deal with Poland', 'over 16,500 containers of munitions']);
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toHaveCount(0);
});
