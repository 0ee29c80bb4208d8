import { expect, test } from '@playwright/test';
import { DEMO } from '../prisma/demo';

test('the demo user opens the demo article from the workspace list', async ({ page }) => {
  await page.goto('/w');
  await page.getByRole('link', { name: new RegExp(DEMO.workspaceName) }).click();
  await expect(page.getByRole('heading', { name: DEMO.workspaceName })).toBeVisible();

  await page.getByRole('link', { name: new RegExp(DEMO.documentTitle) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.documentTitle);
  await expect(page.getByText('North Korea has shipped over 16,500 containers of munitions')).toBeVisible();
});

test('a new workspace starts empty', async ({ page }) => {
  await page.goto('/w');
  const name = `Night desk ${Date.now()}`;
  await page.getByLabel('New workspace').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('No documents yet.')).toBeVisible();
});

test('a workspace the user is not in is not found', async ({ page }) => {
  const response = await page.goto('/w/somebody-elses-desk');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('not found', { exact: false }).first()).toBeVisible();
});
