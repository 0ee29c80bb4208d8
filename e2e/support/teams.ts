import { expect, type Browser, type Page } from '@playwright/test';
import { SIGNED_OUT, newAccount } from './auth';

/** Creates a workspace through the UI and returns its slug. */
export async function createWorkspace(page: Page, name = `Desk ${Date.now()} ${Math.floor(Math.random() * 1e4)}`) {
  await page.goto('/w');
  await page.getByLabel('New workspace').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return { name, slug: new URL(page.url()).pathname.split('/')[2]! };
}

/** Invites `email` from the members page and returns the invitation link it shows. */
export async function inviteMember(page: Page, slug: string, email: string, role: 'owner' | 'editor' | 'checker' | 'viewer') {
  await page.goto(`/w/${slug}/members`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  const link = page.getByLabel('Invitation link');
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

/** In a fresh, signed-out browser: opens the link, creates the invited account, accepts. */
export async function acceptAsNewUser(browser: Browser, link: string, email: string) {
  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const page = await context.newPage();
  const account = { ...newAccount(), email };
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: /^Join / })).toBeVisible();
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
  return { page, context, account };
}
