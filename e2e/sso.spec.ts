import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectSignedInAs, signInWithSso, SIGNED_OUT } from './support/auth';

test.use({ storageState: SIGNED_OUT });

test('a reporter signs in through the newsroom’s OpenID Connect server', async ({ page }) => {
  const login = `reporter-${randomUUID().slice(0, 8)}@newsroom.test`;
  // From a page that needs sign-in, through the identity provider's own login and consent pages.
  await signInWithSso(page, login, { from: '/w' });

  await expect(page).toHaveURL(/\/w$/);
  await expectSignedInAs(page, `SSO ${login.split('@')[0]}`);
  await expect(page.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
});
