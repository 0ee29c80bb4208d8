// On a 390 px phone screen: the header stays one bar, every workspace tab can be reached, and no
// page is wider than the screen (a wide table scrolls inside its own box).
import { expect, test } from '@playwright/test';
import { markPassage } from './support/annotations';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

test.use({ viewport: { width: 390, height: 844 } });

test('a phone-sized screen shows the header on one bar, every tab, and pages no wider than the screen', async ({ page }) => {
  const { slug } = await createWorkspace(page, `A desk with a rather long name ${Date.now()}`);
  await importPastedText(page, slug, { title: 'Arms deals', text: 'Poland signed a record $14 billion deal with South Korea in 2022.' });
  const documentPath = new URL(page.url()).pathname;
  const header = page.locator('header').first();
  for (const path of [
    `/w/${slug}`,
    `/w/${slug}/claims`,
    `/w/${slug}/sources`,
    `/w/${slug}/members`,
    `/w/${slug}/settings`,
    `/w/${slug}/import`,
    documentPath,
  ]) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    expect((await header.boundingBox())!.height, `header height on ${path}`).toBeLessThanOrEqual(64);
    const tabs = page.getByRole('navigation', { name: 'Workspace' }).getByRole('link');
    for (const name of ['Documents', 'My work', 'Claims', 'Sources', 'Tags', 'Members', 'Settings'])
      await expect(tabs.filter({ hasText: name })).toBeInViewport();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `page width on ${path}`).toBeLessThanOrEqual(390);
  }
});

test('a document’s text starts in the first screen, for its editor, with claims marked (progress and tools folded)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Arms deals', text: 'Poland signed a record $14 billion deal with South Korea in 2022.' });
  await markPassage(page, 'Poland signed ', 'a record $14 billion deal', 'Claim');
  await page.reload();
  await expect(page.getByText(/^Progress: 0 of 1 claim reviewed/)).toBeVisible();
  const first = page.getByTestId('document-editor').locator('p').first();
  await expect(first).toBeInViewport();
  expect((await first.boundingBox())!.y, 'top of the text').toBeLessThan(440);
});
