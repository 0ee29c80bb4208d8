import { expect, test } from '@playwright/test';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

const TEXT =
  'South Korea secured a record $14 billion deal with Poland in 2022, and a South Korean firm is bidding to build four submarines.';

/** One annotation that fits the text, one whose words are not in it, one that cannot be placed at all. */
const FILE = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  first: {
    type: 'AnnotationPage',
    items: [
      {
        type: 'Annotation',
        motivation: 'assessing',
        body: [
          { type: 'TextualBody', purpose: 'classifying', value: 'figure' },
          { type: 'TextualBody', purpose: 'tagging', value: 'Arms deals' },
        ],
        target: {
          source: 'https://news.example/a',
          selector: [{ type: 'TextQuoteSelector', exact: 'four submarines', prefix: 'bidding to build ', suffix: '.' }],
        },
      },
      {
        type: 'Annotation',
        target: {
          selector: { type: 'TextQuoteSelector', exact: 'six frigates for Norway', prefix: 'a Dutch yard will build ', suffix: ' by 2030' },
        },
      },
      { type: 'Annotation', target: 'https://news.example/a' },
    ],
  },
};

test('a W3C annotation file is imported into a document: placed, needing attention and skipped are reported', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Imported annotations', text: TEXT });

  await page.locator('summary', { hasText: 'Import annotations' }).click();
  await page
    .getByLabel('W3C annotation file (JSON or JSON-LD)')
    .setInputFiles({ name: 'annotations.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(FILE)) });
  await page.getByRole('button', { name: 'Import annotations' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toContainText('1 annotation placed, 1 needs attention, 1 skipped.');
  await expect(page.getByText(/Item 3: It has neither a TextQuoteSelector/)).toBeVisible();

  const list = page.getByRole('list', { name: 'Annotations in the text' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('four submarines');
  await expect(page.getByTestId('document-editor').locator('.annotation-highlight')).toHaveText('four submarines');
  await expect(page.getByRole('region', { name: 'Orphaned annotations' })).toContainText('six frigates for Norway');
});
