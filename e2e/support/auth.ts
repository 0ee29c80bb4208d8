import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** For specs that start signed out. */
export const SIGNED_OUT = { cookies: [], origins: [] };

export function newAccount() {
  const id = randomUUID().slice(0, 8);
  return { name: `Checker ${id}`, email: `checker-${id}@example.test`, password: `long-password-${id}` };
}

export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs out through the header's button and waits for the sign-in page: a navigation started
 * before the sign-out's answer arrived would cancel it and leave the browser signed in.
 */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByTestId('current-user')).toHaveText(name);
}

/** Through the test OIDC server's own login and consent pages (the login is the email), from `from`. */
export async function signInWithSso(page: Page, login: string, { from = '/sign-in' }: { from?: string } = {}) {
  await page.goto(from);
  await page.getByRole('button', { name: 'Sign in with Newsroom SSO' }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}
