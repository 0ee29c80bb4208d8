import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectSignedInAs, SIGNED_OUT } from './support/auth';

test.use({ storageState: SIGNED_OUT });

test('a reporter signs in through the newsroom’s OpenID Connect server', async ({ page }) => {
  const login = `reporter-${randomUUID().slice(0, 8)}@newsroom.test`;
  await page.goto('/w');
  await page.getByRole('button', { name: 'Sign in with Newsroom SSO' }).click();

  // The identity provider's own pages (oidc-provider's development login and consent).
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page).toHaveURL(/\/w$/);
  await expectSignedInAs(page, `SSO ${login.split('@')[0]}`);
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
});
