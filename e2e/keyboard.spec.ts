// A claim marked and taken to a reviewed verdict with the keyboard alone: after signing in,
// neither person's page receives a single pointer press (countPointerPresses), only key presses.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newAccount } from './support/auth';
import { panelOf, statusOf, TEXT } from './support/desk';
import { countPointerPresses, tabTo } from './support/keyboard';
import { acceptAsNewUser } from './support/teams';

const WORDS = 'over 16,500 containers of munitions';

/** Tabs to a field, types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.insertText(text);
}

/** Tabs to a button (Shift+Tab with `backwards`) and presses Enter on it. */
async function press(page: Page, button: Locator, backwards = false) {
  await tabTo(page, button, { backwards });
  await page.keyboard.press('Enter');
}

/** The words selected in the page. */
const selectedText = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

test('a checker marks a claim and takes it to a verdict, and a second checker reviews it, all from the keyboard', async ({
  page,
  browser,
}) => {
  const pointerPresses = await countPointerPresses(page.context());

  // A workspace, an invited checker and the article: set up from the keyboard too.
  await page.goto('/w');
  const name = `Keys ${Date.now()}`;
  await typeInto(page, page.getByLabel('New workspace'), name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`/w/${slug}/members`);
  const email = newAccount().email;
  await typeInto(page, page.getByLabel('Email'), email);
  await tabTo(page, page.getByLabel('Role', { exact: true }));
  await page.keyboard.press('c'); // a closed select takes the option its first letter names
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('checker');
  await press(page, page.getByRole('button', { name: 'Create invitation' }));
  await expect(page.getByLabel('Invitation link')).toHaveValue(/\/invite\//);
  const link = await page.getByLabel('Invitation link').inputValue();
  await page.goto(`/w/${slug}/import`);
  await typeInto(page, page.getByLabel('Title (optional)'), 'Munitions by keyboard');
  await typeInto(page, page.getByLabel('Article text'), TEXT);
  await press(page, page.getByRole('button', { name: 'Import text' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Munitions by keyboard', { timeout: 20_000 });
  const documentUrl = page.url();

  // The text is a tab stop, with its focus drawn, and a caret the arrow keys move.
  const editor = page.getByTestId('document-editor');
  await tabTo(page, editor);
  await expect(editor).toHaveAttribute('aria-readonly', 'true');
  expect(await editor.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.keyboard.press('Control+Home');
  for (let step = 0; step < TEXT.indexOf(WORDS); step += 1) await page.keyboard.press('ArrowRight');
  for (let step = 0; step < WORDS.length; step += 1) await page.keyboard.press('Shift+ArrowRight');
  expect(await selectedText(page)).toBe(WORDS);
  // Typing changes nothing: the text is read, not edited.
  await page.keyboard.press('x');
  await page.keyboard.press('Backspace');
  await expect(editor).toContainText(TEXT.split('\n')[0]!);

  // A opens the popover on the selection, with the focus in it; Escape goes back to the text, the words still selected.
  const popover = page.getByRole('dialog', { name: 'Annotate the selection' });
  await page.keyboard.press('a');
  await expect(popover).toContainText(WORDS);
  await expect(popover.getByRole('button', { name: 'Claim' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(editor).toBeFocused();
  expect(await selectedText(page)).toBe(WORDS);
  await page.keyboard.press('a');
  await expect(popover.getByRole('button', { name: 'Claim' })).toBeFocused();
  await page.keyboard.press('c');
  const list = page.getByRole('list', { name: 'Annotations in the text' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(WORDS);
  await expect(editor.locator('.annotation-claim')).toHaveText(WORDS);
  await expect(editor).toBeFocused(); // the caret waits after the marked words

  // ? lists every shortcut, and gives the focus back to the text; so does the visible button.
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(shortcuts).toContainText('Annotate the selected words');
  await expect(shortcuts).toContainText('Mark a claim');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);
  await expect(editor).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Shortcuts' }), true);
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeFocused();

  // Open the claim from the list, start checking, add evidence, propose a verdict.
  await press(page, list.getByRole('button').first());
  const panel = panelOf(page);
  await expect(statusOf(panel)).toHaveText('Unchecked');
  await press(page, panel.getByRole('button', { name: 'Start checking' }), true);
  await expect(statusOf(panel)).toHaveText('In progress');
  await press(page, panel.getByRole('button', { name: 'Add evidence…' }));
  await expect(panel.getByLabel('Kind of evidence')).toBeFocused();
  await typeInto(page, panel.getByLabel('Source address'), 'https://www.politico.eu/article/north-korea-munitions/');
  await typeInto(page, panel.getByLabel('Quote from the source'), 'North Korea has shipped over 16,500 containers of munitions');
  await press(page, panel.getByRole('button', { name: 'Add evidence', exact: true }));
  await expect(panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await press(page, panel.getByRole('button', { name: 'Propose a verdict…' }));
  await expect(panel.getByLabel('Verdict')).toBeFocused();
  await expect(panel.getByLabel('Verdict')).toHaveValue('verified');
  await typeInto(page, panel.getByLabel('Rationale'), 'Matches the State Department briefing.');
  await press(page, panel.getByRole('button', { name: 'Propose verdict' }));
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  // The other checker (signed up through the invitation) reviews it from the keyboard.
  const reviewer = await acceptAsNewUser(browser, link, email);
  const reviewerPresses = await countPointerPresses(reviewer.context);
  const other = reviewer.page;
  await other.goto(documentUrl);
  const otherList = other.getByRole('list', { name: 'Annotations in the text' });
  await press(other, otherList.getByRole('button').first());
  const reviewPanel = panelOf(other);
  await expect(statusOf(reviewPanel)).toHaveText('Awaiting review');
  await press(other, reviewPanel.getByRole('button', { name: 'Accept verdict' }), true);
  await expect(statusOf(reviewPanel)).toHaveText('Reviewed');
  await expect(reviewPanel.getByTestId('claim-verdict')).toHaveText('Verified');

  expect(await pointerPresses(page)).toBe(0);
  expect(await reviewerPresses(other)).toBe(0);
  await reviewer.context.close();
});
