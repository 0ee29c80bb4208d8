import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { selectInEditor } from './support/documents';
import { acceptFigureSuggestion, desk, panelOf, statusOf } from './support/desk';

/** Downloads the board's export in `format` (its export form open) and returns its text. */
async function exportBoard(page: Page, format: 'csv' | 'json' | 'markdown') {
  const form = page.getByRole('form', { name: 'Export claims' });
  await form.getByLabel('Status').selectOption('any');
  await form.getByLabel('Format').selectOption(format);
  const downloading = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download' }).click();
  return fs.readFile((await (await downloading).path())!, 'utf8');
}

test('an edit under a verified claim flags the claim on the board and in the exports, which agree, until a second person confirms it', async ({
  page,
  browser,
}) => {
  const { slug, reviewer, documentUrl } = await desk(page, browser);
  await acceptFigureSuggestion(page);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await panel.getByRole('button', { name: 'Add evidence…' }).click();
  await panel.getByLabel('Source address').fill('https://www.politico.eu/article/north-korea-munitions/');
  await panel.getByLabel('Quote from the source').fill('North Korea has shipped over 16,500 containers of munitions');
  await panel.getByRole('button', { name: 'Add evidence', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('verified');
  await panel.getByLabel('Rationale').fill('Matches the State Department briefing.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  const other = reviewer.page;
  await other.goto(documentUrl);
  await other.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: '16,500' }).click();
  await panelOf(other).getByRole('button', { name: 'Accept verdict' }).click();
  await expect(statusOf(panelOf(other))).toHaveText('Reviewed');

  // Dana corrects the figure in the text: 16,500 becomes 16,800 under the reviewed verdict.
  await page.reload();
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, 'over ', '16,500'); // within the figure's highlight
  await page.keyboard.type('16,800');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 }); // annotations are placed in the worker pool

  await page.goto(`/w/${slug}/claims?words=changed`);
  const rows = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('words-changed-flag')).toHaveText('Words changed since the verdict');
  await expect(rows.first()).toContainText('16,800');

  // The exports agree on the words now, and name the words the verdict judged.
  await page.getByText('Export these claims').click();
  const [row] = parse(await exportBoard(page, 'csv'), { bom: true, columns: true }) as Record<string, string>[];
  expect(row).toMatchObject({ 'Place in the text': 'version 2', Quote: expect.stringContaining('16,800') });
  expect(row!['Words judged by the verdict']).toContain('16,500');
  expect(row!['Words changed since the verdict']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  const [json] = JSON.parse(await exportBoard(page, 'json')) as {
    annotation: { exact: string; version: number };
    verdictWords: { words: string };
  }[];
  expect(json!.annotation).toMatchObject({ version: 2, exact: expect.stringContaining('16,800') });
  expect(json!.verdictWords.words).toContain('16,500');
  const markdown = await exportBoard(page, 'markdown');
  expect(markdown).toContain(`Quoted in the text (version 2):\n\n> ${json!.annotation.exact}`);
  expect(row!.Quote).toBe(json!.annotation.exact);
  expect(markdown).toContain('**Words changed since the verdict**');

  // The reviewer, told, confirms the verdict still holds; the flag is gone.
  await other.goto('/notifications');
  await other
    .getByRole('link', { name: /changed since its verdict/ })
    .first()
    .click();
  const reviewPanel = panelOf(other);
  await expect(reviewPanel.getByTestId('claim-words-changed')).toContainText('16,500');
  await expect(reviewPanel.getByTestId('claim-words')).toContainText('version 2');
  await reviewPanel.getByRole('button', { name: 'Confirm the verdict still holds' }).click();
  await expect(reviewPanel.getByTestId('claim-words-changed')).toHaveCount(0);
  await page.reload();
  await expect(rows).toHaveCount(0);
  await reviewer.context.close();
});
