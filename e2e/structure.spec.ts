import { expect, test } from '@playwright/test';
import { markPassage } from './support/annotations';
import { uploadFile } from './support/documents';
import { createWorkspace } from './support/teams';

/** An article with a list, a quote, a table and links; `lead` is the sentence the edited version changes. */
const article = (lead: string) =>
  Buffer.from(`<!doctype html><html><head><title>Tank Deliveries</title></head><body>
  <h1>Tank Deliveries to Poland</h1>
  <p>${lead} Officials <a href="https://example.org/audit">confirmed the audit</a> on Monday.</p>
  <ul><li>Exports rose to 180 tanks in 2022</li><li>Mostly by rail</li></ul>
  <ol><li>First, the contracts</li><li>Second, the deliveries</li></ol>
  <blockquote><p>We will not back down.</p></blockquote>
  <table><caption>Deliveries by year</caption><tr><th>Year</th><th>Tanks</th></tr><tr><td>2022</td><td>180</td></tr></table>
</body></html>`);

test('an HTML article keeps its lists, quote, table and links; a claim in a list item stays on its words through a re-import', async ({
  page,
}) => {
  const { slug } = await createWorkspace(page);
  await uploadFile(page, slug, { name: 'deliveries.html', mimeType: 'text/html', buffer: article('Tanks arrived.') });
  const editor = page.getByTestId('document-editor');
  const items = editor.locator('[data-block="list-item"]');
  await expect(items).toHaveText(['Exports rose to 180 tanks in 2022', 'Mostly by rail', 'First, the contracts', 'Second, the deliveries']);
  await expect(items.nth(0)).toHaveAttribute('data-marker', '•');
  await expect(items.nth(3)).toHaveAttribute('data-marker', '2.');
  await expect(editor.locator('blockquote')).toHaveText('We will not back down.');
  await expect(editor.locator('[data-block="caption"]')).toHaveText('Deliveries by year');
  await expect(editor.locator('[data-block="table-row"]')).toHaveText(['Year | Tanks', '2022 | 180']);
  // The link became a citation on its words.
  await expect(editor.locator('.annotation-citation')).toHaveText('confirmed the audit');

  await markPassage(page, 'Exports rose to ', '180 tanks', 'Claim');
  await expect(editor.locator('.annotation-claim')).toHaveText('180 tanks');

  await page.locator('summary', { hasText: 'Import next version' }).click();
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'deliveries.html', mimeType: 'text/html', buffer: article('Tanks arrived by rail, the ministry said.') });
  await page.getByRole('button', { name: 'Import as next version' }).click();
  await expect(editor).toContainText('Tanks arrived by rail, the ministry said.', { timeout: 20_000 });
  await expect(editor.locator('.annotation-claim')).toHaveText('180 tanks');
  await expect(editor.locator('[data-block="list-item"]').nth(0)).toHaveText('Exports rose to 180 tanks in 2022');
  await expect(editor.locator('.annotation-citation')).toHaveText('confirmed the audit');
});
