import { expect, test } from '@playwright/test';
import { expectSignedInAs, newAccount, SIGNED_OUT, signIn, signUp } from './support/auth';

test.use({ storageState: SIGNED_OUT });

test('a user renames themselves and changes their password', async ({ page }) => {
  const account = newAccount();
  await signUp(page, account);
  await page.getByTestId('current-user').click();
  await page.getByLabel('Your name').fill('Renamed Checker');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expectSignedInAs(page, 'Renamed Checker');

  await page.getByLabel('Current password').fill('wrong-password-123');
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
  await page.getByLabel('Repeat the new password').fill('a-brand-new-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Not correct.')).toBeVisible();

  await page.getByLabel('Current password').fill(account.password);
  await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
  await page.getByLabel('Repeat the new password').fill('a-brand-new-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, { email: account.email, password: 'a-brand-new-password' });
  await expectSignedInAs(page, 'Renamed Checker');
});

test('repeated wrong passwords lock the account for a while, with a clear message', async ({ page }) => {
  test.setTimeout(180_000); // eleven sign-ins, each hashing a password on purpose slowly
  const account = newAccount();
  await signUp(page, account);
  await page.getByRole('button', { name: 'Sign out' }).click();
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, { email: account.email, password: `wrong-${attempt}` });
    await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
  }
  // Now even the right password is refused until the window passes.
  await signIn(page, account);
  await expect(page.locator('form').getByRole('alert')).toHaveText(/Too many sign-in attempts\. Try again in \d+ minutes?\./);
});
