import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectSignedInAs, newAccount, SIGNED_OUT, signIn, signUp } from './support/auth';

test.use({ storageState: SIGNED_OUT });

/** A second browser holding a copy of `page`'s cookies, as a thief of the cookie would. */
async function copyOfBrowser(browser: Browser, page: Page) {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  await context.addCookies(await page.context().cookies());
  return context.newPage();
}

async function expectSignInPage(page: Page) {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
}

test('a session cookie saved before sign-out no longer works after it', async ({ page, browser }) => {
  const account = newAccount();
  await signUp(page, account);
  await expectSignedInAs(page, account.name);

  const copy = await copyOfBrowser(browser, page);
  await copy.goto('/account');
  await expect(copy.getByRole('heading', { name: 'Your account' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignInPage(copy);
  await copy.context().close();
});

test('the account page lists where you are signed in and signs out everywhere else', async ({ page, browser }) => {
  const account = newAccount();
  await signUp(page, account);
  await expectSignedInAs(page, account.name);

  const otherContext = await browser.newContext({ storageState: SIGNED_OUT });
  const other = await otherContext.newPage();
  await signIn(other, account);
  await expectSignedInAs(other, account.name);

  await page.goto('/account');
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('this device')).toHaveCount(1);

  await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expectSignInPage(other);

  // The security activity says so: two sign-ins, then the other browser signed out.
  const activity = page.getByRole('list', { name: 'Security activity' });
  await expect(activity.getByRole('listitem').first()).toContainText('Signed out everywhere else — 1 browser');
  await expect(activity.getByRole('listitem').filter({ hasText: 'Signed in' })).toHaveCount(2);

  // This browser is still signed in.
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await otherContext.close();
});
