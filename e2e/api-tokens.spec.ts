import { expect, test } from '@playwright/test';
import { expectSignedInAs, newAccount, SIGNED_OUT, signUp } from './support/auth';
import { createWorkspace } from './support/teams';

test.use({ storageState: SIGNED_OUT });

test('a member creates an API token on the account page, uses it once shown, and revokes it', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await expectSignedInAs(page, account.name);
  const workspace = await createWorkspace(page);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'API tokens' });
  await expect(section.getByText('No tokens yet.')).toBeVisible();
  await section.getByLabel('Name').fill('Newsroom CMS');
  await section.getByLabel('Workspace').selectOption({ label: workspace.name });
  await section.getByLabel('Role').selectOption('viewer');
  await section.getByRole('button', { name: 'Create token' }).click();
  const secret = await section.getByLabel('New token').inputValue();
  expect(secret).toMatch(/^mgn_/);
  await expect(section.getByText('it is shown only once')).toBeVisible();
  await expect(section.getByRole('list', { name: 'API tokens' })).toContainText('Newsroom CMS');

  const authorization = { authorization: `Bearer ${secret}` };
  const documents = await page.request.get('/api/v1/documents', { headers: authorization });
  expect(documents.status()).toBe(200);
  expect(await documents.json()).toEqual({ documents: [] });
  const openapi = await page.request.get('/api/openapi.json');
  expect((await openapi.json()).paths).toHaveProperty('/api/v1/claims');

  await page.reload();
  await expect(section.getByLabel('New token')).toHaveCount(0); // the secret is gone for good
  await section.getByRole('button', { name: 'Revoke the token Newsroom CMS' }).click();
  await expect(section.getByText(/revoked/)).toBeVisible();
  const refused = await page.request.get('/api/v1/documents', { headers: authorization });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ code: 'unauthorized' });
});
