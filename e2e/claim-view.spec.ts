// The claim view: beside the text on a wide screen (full height, stuck to the window, its own
// scroll), a bottom sheet on a phone, with the marked words kept in view; opened from the claim
// board and from My work through the address (?annotation=…); focus in and back, Escape closes;
// a verdict sent back shows why first; kind and tag drawn apart in the text, with a legend.
import { expect, test, type Page } from '@playwright/test';
import { acceptFigureSuggestion, desk, panelOf, statusOf } from './support/desk';
import { importPastedText, selectInEditor } from './support/documents';
import { createWorkspace } from './support/teams';

const FILLER = Array.from(
  { length: 30 },
  (_, index) =>
    `Background paragraph ${index + 1}. ` +
    'The ministry published its yearly figures on trade, shipping and the harbours of the east coast, which analysts read with care. '.repeat(
      3,
    ),
);
const CLAIM = 'over 16,500 containers of munitions';
const TEXT = [...FILLER, `North Korea has shipped ${CLAIM} since September last year.`, 'South Korea secured a record deal in 2022.'].join(
  '\n\n',
);

const viewOf = (page: Page) => page.getByTestId('annotation-panel');
const wordsOf = (page: Page) => page.getByTestId('document-editor').locator('.annotation-highlight').filter({ hasText: '16,500' });

/** A long article whose claim, tagged “Disputed”, is far down the page; returns the document's address. */
async function longArticleWithClaim(page: Page) {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: `Long read ${Date.now()}`, text: TEXT });
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, 'North Korea has shipped ', CLAIM);
  await editor.dispatchEvent('mouseup');
  const popover = page.getByRole('dialog', { name: 'Annotate the selection' });
  await popover.getByLabel('Tags').fill('Disputed');
  await popover.getByRole('button', { name: 'New tag “Disputed”' }).click();
  await expect(popover.getByRole('button', { name: 'Disputed', pressed: true })).toBeVisible();
  await popover.getByRole('button', { name: 'Claim' }).click();
  await expect(page.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem')).toHaveCount(1);
  return { documentUrl: page.url().split('?')[0]! };
}

test('a claim board row opens the document with the claim view beside its words; Escape closes it and focus returns', async ({ page }) => {
  const { documentUrl } = await longArticleWithClaim(page);

  // Kind and tag are drawn apart — the kind's underline, the tag's fill — and the legend says so.
  const legend = page.getByRole('region', { name: 'Highlight legend' });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Underline: kind');
  await expect(legend).toContainText('Fill: first tag');
  await expect(legend).toContainText('Disputed');
  const words = wordsOf(page);
  await expect(words).toHaveAttribute('data-tag', '');
  const line = await words.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.borderBottomStyle, color: style.borderBottomColor };
  });
  expect(line).toEqual({ style: 'solid', color: 'rgb(217, 119, 6)' }); // the claim's underline, not the tag's colour

  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Claims' }).click();
  await page
    .getByRole('table', { name: 'Claims' })
    .getByRole('link', { name: /16,500 containers/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${new URL(documentUrl).pathname}\\?annotation=`));
  const view = viewOf(page);
  await expect(view.getByTestId('claim-panel')).toBeVisible();
  await expect(statusOf(panelOf(page))).toHaveText('Unchecked');
  await expect(view.getByRole('heading', { level: 2 })).toBeFocused();
  // Its words, 30 paragraphs down, are in view, beside the view rather than under it.
  await expect(words).toHaveAttribute('data-active', 'true');
  await expect(words).toBeInViewport();
  const [wordsBox, viewBox] = [(await words.boundingBox())!, (await view.boundingBox())!];
  expect(wordsBox.x + wordsBox.width).toBeLessThanOrEqual(viewBox.x);
  // The window's full height, stuck to it while the page scrolls, scrolling on its own.
  const height = page.viewportSize()!.height;
  expect(viewBox.height).toBeGreaterThan(height - 40);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => Math.round((await view.boundingBox())!.y)).toBeLessThan(20);
  expect(await view.getByTestId('annotation-panel-body').evaluate((element) => getComputedStyle(element).overflowY)).toBe('auto');

  // Escape closes it: the address no longer names it, and the list is back in its place.
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page).toHaveURL(documentUrl);
  const item = page.getByRole('list', { name: 'Annotations in the text' }).getByRole('button').filter({ hasText: '16,500' });
  await expect(item).toBeVisible();

  // Opened from the list: focus goes into the view, and back to the item when Escape closes it.
  await item.click();
  await expect(view.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/\?annotation=/);
  const opened = page.url();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(item).toBeFocused();

  // The address of an open claim opens it again (a reload, a shared link).
  await page.goto(opened);
  await expect(view.getByTestId('claim-panel')).toBeVisible();
  await expect(wordsOf(page)).toBeInViewport();
});

test('on a phone the claim view is a bottom sheet, and the tapped words stay visible above it', async ({ page }) => {
  const { documentUrl } = await longArticleWithClaim(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(documentUrl);
  const words = wordsOf(page);
  // The words low on the screen, where the sheet will rise.
  await words.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight * 0.8));
  await words.click();

  const view = viewOf(page);
  await expect(view.getByTestId('claim-panel')).toBeVisible();
  const sheet = (await view.boundingBox())!;
  expect(sheet.x).toBe(0);
  expect(sheet.width).toBeGreaterThan(370); // the window's width (less a scrollbar, if any)
  expect(Math.round(sheet.y + sheet.height)).toBe(844);
  expect(sheet.y).toBeGreaterThan(200);
  await expect
    .poll(async () => {
      const box = (await words.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= sheet.y;
    })
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test('a verdict sent back shows why first in the claim view, opened from My work', async ({ page, browser }) => {
  const { slug, reviewer } = await desk(page, browser);
  await acceptFigureSuggestion(page);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(statusOf(panel)).toHaveText('In progress');
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('misleading');
  await panel.getByLabel('Rationale').fill('The containers were not all munitions.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  // The reviewer opens it from My work — straight into the claim — and sends it back.
  const other = reviewer.page;
  await other.goto(`/w/${slug}/my-work`);
  await other
    .getByTestId('my-reviews')
    .getByRole('link', { name: /16,500/ })
    .click();
  const reviewPanel = panelOf(other);
  await expect(statusOf(reviewPanel)).toHaveText('Awaiting review');
  await reviewPanel.getByRole('button', { name: 'Send back…' }).click();
  await reviewPanel.getByLabel('Why send it back?').fill('The briefing counts containers, not munitions: say so.');
  await reviewPanel.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(statusOf(reviewPanel)).toHaveText('In progress');

  // The proposer, from My work: the reason comes first, before the status.
  await page.goto(`/w/${slug}/my-work`);
  await page
    .getByTestId('my-sent-back')
    .getByRole('link', { name: /16,500/ })
    .click();
  await expect(page).toHaveURL(/\?annotation=/);
  const first = panel.locator(':scope > *').first();
  await expect(first).toHaveAttribute('data-testid', 'claim-sent-back');
  await expect(first).toContainText('The briefing counts containers, not munitions: say so.');
  await expect(first).toContainText(`Verdict sent back by ${reviewer.account.name}`);
  await reviewer.context.close();
});
