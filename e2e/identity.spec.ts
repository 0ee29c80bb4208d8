// Verified identity: the email verification link (through the mail catcher, on the second app
// server, which sends mail), and single sign-on that joins an existing account only when both
// the provider and Margin verified the address.
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectSignedInAs, signInWithSso, signUp, SIGNED_OUT } from './support/auth';
import { readMailTo } from './support/mail-catcher';

test.use({ storageState: SIGNED_OUT });

const SECOND = `http://localhost:${Number(process.env.MARGIN_E2E_PORT2 ?? 3102)}`;

test('single sign-on with an unverified provider email is refused for an existing account', async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const account = { name: `Holder ${id}`, email: `unverified-${id}@newsroom.test`, password: `long-password-${id}` };
  await signUp(page, account); // the first server sends no mail: signed in at once, address unverified
  await expectSignedInAs(page, account.name);

  const other = await browser.newPage({ storageState: SIGNED_OUT });
  await signInWithSso(other, account.email);
  await expect(other).toHaveURL(/\/sign-in\?error=SsoEmailNotVerified/);
  await expect(other.getByRole('alert').filter({ hasText: 'An account with this email already exists' })).toBeVisible();
  await other.goto('/w');
  await expect(other).toHaveURL(/\/sign-in/);
  await other.close();
});

test('a new account verifies its email by the link, and then single sign-on joins it', async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const account = { name: `Reporter ${id}`, email: `reporter-${id}@newsroom.test`, password: `long-password-${id}` };
  await page.goto(`${SECOND}/sign-up`);
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check your email' })).toBeVisible();

  const link = (await readMailTo(account.email)).match(/http:\/\/localhost:\d+\/verify-email\/[\w-]{43}/)?.[0];
  expect(link?.startsWith(`${SECOND}/verify-email/`)).toBe(true);
  await page.goto(link!);
  await expect(page.getByRole('heading', { name: 'Email address verified' })).toBeVisible();
  await expect(page.getByText('Thank you: your email address is verified.')).toBeVisible();
  // The same link again: used, and it says the address is verified all the same.
  await page.goto(link!);
  await expect(page.getByText('This link was used already; your email address is verified.')).toBeVisible();

  await signInWithSso(page, account.email);
  await expect(page).toHaveURL(/\/w$/);
  await expectSignedInAs(page, account.name);
  await page.goto('/account');
  await expect(page.getByText('Email address verified.')).toBeVisible();
});
