// A right-to-left article: each block takes its direction from its own text (dir="auto"), lists
// and quotes follow it, and a claim marked on Arabic words stays on exactly those words.
import { expect, test, type Locator } from '@playwright/test';
import { markPassage } from './support/annotations';
import { uploadFile } from './support/documents';
import { createWorkspace } from './support/teams';

const LEAD = 'قال مسؤولون إن كوريا الشمالية شحنت أكثر من 16500 حاوية من الذخائر منذ أيلول الماضي.';
const WORDS = 'أكثر من 16500 حاوية';
const article = (lead: string) =>
  Buffer.from(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>شحنات الذخيرة</title></head><body>
  <h1>شحنات الذخيرة</h1>
  <p>${lead}</p>
  <ul><li>ارتفعت الصادرات إلى 180 دبابة</li></ul>
  <blockquote><p>لن نتراجع.</p></blockquote>
  <p>The figure was confirmed by the State Department.</p>
</body></html>`);

const style = (block: Locator, property: 'direction' | 'textAlign' | 'paddingRight' | 'paddingLeft' | 'borderRightWidth' | 'unicodeBidi') =>
  block.evaluate((element, name) => getComputedStyle(element)[name], property);

test('an Arabic article reads right to left, block by block, and a claim is marked on its words', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await uploadFile(page, slug, { name: 'munitions.html', mimeType: 'text/html', buffer: article(LEAD) });
  const editor = page.getByTestId('document-editor');
  const lead = editor.locator('p').filter({ hasText: 'كوريا الشمالية' });
  await expect(lead).toHaveAttribute('dir', 'auto');
  expect(await style(lead, 'direction')).toBe('rtl');
  expect(await style(lead, 'textAlign')).toBe('start');
  // The English paragraph of the same article stays left to right.
  expect(await style(editor.locator('p').filter({ hasText: 'State Department' }), 'direction')).toBe('ltr');
  // A list item's indent and a quote's rule are on the right, where the line starts.
  const item = editor.locator('[data-block="list-item"]');
  expect(await style(item, 'direction')).toBe('rtl');
  expect(parseFloat(await style(item, 'paddingRight'))).toBeGreaterThan(0);
  expect(parseFloat(await style(item, 'paddingLeft'))).toBe(0);
  expect(await style(editor.locator('blockquote'), 'borderRightWidth')).toBe('3px');
  // The first word of the paragraph is drawn at its right edge.
  const [firstWord, block] = await lead.evaluate((element) => {
    const range = document.createRange();
    range.setStart(element.firstChild!, 0);
    range.setEnd(element.firstChild!, 3);
    return [range.getBoundingClientRect().right, element.getBoundingClientRect().right];
  });
  expect(Math.abs(block! - firstWord!)).toBeLessThan(2);

  await markPassage(page, 'الشمالية شحنت ', WORDS, 'Claim');
  await expect(editor.locator('.annotation-claim')).toHaveText(WORDS);
  const listed = page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem');
  await expect(listed).toContainText(WORDS);
  // After a reload the server's own offsets draw it on the same words.
  await page.reload();
  await expect(editor.locator('.annotation-claim')).toHaveText(WORDS);

  // A corrected version: the comparison of the two reads right to left as well.
  await page.locator('summary', { hasText: 'Import next version' }).click();
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'munitions.html', mimeType: 'text/html', buffer: article(LEAD.replace('أيلول', 'آب')) });
  await page.getByRole('button', { name: 'Import as next version' }).click();
  await expect(editor).toContainText('منذ آب الماضي', { timeout: 20_000 });
  await expect(editor.locator('.annotation-claim')).toHaveText(WORDS);
  await page.getByRole('link', { name: 'Version 2' }).click();
  const diff = page.getByTestId('diff');
  await expect(diff.locator('ins')).toContainText('آب');
  expect(await style(diff, 'direction')).toBe('rtl');
  expect(await style(diff, 'unicodeBidi')).toBe('plaintext');
});
