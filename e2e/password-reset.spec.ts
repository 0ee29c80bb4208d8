// "Forgot your password?": the reset link by email (through the mail catcher, on the second app
// server, which sends mail) sets a new password once and signs out every browser; the first
// server, which sends no mail, says it cannot reset passwords.
import { expect, test } from '@playwright/test';
import { expectSignedInAs, newAccount, signIn, signUp, SIGNED_OUT } from './support/auth';
import { readMailTo } from './support/mail-catcher';

test.use({ storageState: SIGNED_OUT });

const SECOND = `http://localhost:${Number(process.env.MARGIN_E2E_PORT2 ?? 3102)}`;

test('a reset link sets a new password once and signs out the browser that was signed in', async ({ page, browser }) => {
  const account = newAccount();
  await signUp(page, account); // on the first server: signed in at once
  await expectSignedInAs(page, account.name);

  const other = await browser.newPage({ storageState: SIGNED_OUT });
  await other.goto(`${SECOND}/sign-in`);
  await other.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(other).toHaveURL(`${SECOND}/forgot-password`);
  await other.getByLabel('Email').fill(account.email);
  await other.getByRole('button', { name: 'Send me a link' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Check your email' })).toBeVisible();

  const link = (await readMailTo(account.email)).match(/http:\/\/localhost:\d+\/reset-password\/[\w-]{43}/)?.[0];
  expect(link?.startsWith(`${SECOND}/reset-password/`)).toBe(true);
  await other.goto(link!);
  await other.getByLabel('New password', { exact: true }).fill('a-new-long-password');
  await other.getByLabel('Repeat the new password').fill('a-different-password');
  await other.getByRole('button', { name: 'Set my new password' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'The two new passwords differ.' })).toBeVisible();
  await other.getByLabel('New password', { exact: true }).fill('a-new-long-password');
  await other.getByLabel('Repeat the new password').fill('a-new-long-password');
  await other.getByRole('button', { name: 'Set my new password' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Your new password is set' })).toBeVisible();

  // The browser signed in before the reset is signed out.
  await page.goto('/w');
  await expect(page).toHaveURL(/\/sign-in/);
  // The old password no longer works; the new one does.
  await signIn(page, account);
  await expect(page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' })).toBeVisible();
  await signIn(page, { email: account.email, password: 'a-new-long-password' });
  await expectSignedInAs(page, account.name);

  // The link works once.
  await other.goto(link!);
  await expect(other.getByRole('heading', { name: 'Link already used' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await other.close();
});

test('a server that sends no mail says it cannot reset passwords', async ({ page }) => {
  await page.goto('/forgot-password');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot send email' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send me a link' })).toHaveCount(0);
});
