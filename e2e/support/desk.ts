// A desk of two: Dana (the demo user, owner) and a new checker, with a short article about
// munitions imported; and the steps most claim specs start with.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { newAccount } from './auth';
import { importPastedText } from './documents';
import { acceptAsNewUser, createWorkspace, inviteMember } from './teams';

export const TEXT = [
  'According to US Deputy Assistant Secretary of State Robert Koepcke, North Korea has shipped over 16,500 ' +
    'containers of munitions and related materiel since September last year.',
  '',
  'South Korea secured a record $14 billion deal with Poland in 2022.',
].join('\n');

export const panelOf = (page: Page) => page.getByTestId('claim-panel');
export const statusOf = (panel: Locator) => panel.getByTestId('claim-status');

/** A workspace of Dana (the demo user, owner) and a new checker, with the text imported. */
export async function desk(page: Page, browser: Browser) {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'checker');
  const reviewer = await acceptAsNewUser(browser, link, email);
  await importPastedText(page, slug, { title: `Munitions ${Date.now()}`, text: TEXT });
  const documentUrl = page.url();
  return { slug, reviewer, documentUrl };
}

/** From the suggestions, marks the figure “over 16,500 containers…” and opens its claim. */
export async function acceptFigureSuggestion(page: Page) {
  await page.getByRole('button', { name: 'Suggest figures and claims' }).click();
  const suggestion = page.locator('[data-testid="suggestion"][data-kind="figure"]').filter({ hasText: '16,500 containers' });
  await expect(suggestion).toHaveCount(1);
  await suggestion.getByRole('button', { name: /^Mark .* as a figure$/ }).click();
  await expect(panelOf(page)).toBeVisible();
}
