import { expect, test } from '@playwright/test';
import { DEMO } from '../prisma/demo';
import { expectSignedInAs, newAccount, SIGNED_OUT, signIn, signUp } from './support/auth';

test.use({ storageState: SIGNED_OUT });

test('a new user signs up, signs out and signs back in', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await expect(page).toHaveURL(/\/w$/);
  await expectSignedInAs(page, account.name);
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/w');
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, account);
  await expectSignedInAs(page, account.name);
});

test('a wrong password and an unknown email get the same message', async ({ page }) => {
  await signIn(page, { email: DEMO.email, password: 'not-the-password' });
  await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, { email: 'nobody-here@example.test', password: 'not-the-password' });
  await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
});

test('sign-up explains what is wrong and creates nothing', async ({ page }) => {
  await signUp(page, { ...newAccount(), password: 'short' });
  await expect(page.getByText('at least 10 characters', { exact: false }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);

  await signUp(page, { ...newAccount(), email: DEMO.email });
  await expect(page.locator('form').getByRole('alert')).toContainText('already exists');
});

test('pages ask signed-out visitors to sign in, then return them where they were going', async ({ page }) => {
  await page.goto('/w/demo');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdemo/);
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/w\/demo$/);
  await expect(page.getByRole('heading', { name: DEMO.workspaceName })).toBeVisible();
});
