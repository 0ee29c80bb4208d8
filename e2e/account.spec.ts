import { expect, test } from '@playwright/test';
import { expectSignedInAs, newAccount, SIGNED_OUT, signIn, signOut, signUp } from './support/auth';

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

  await signOut(page);
  await signIn(page, { email: account.email, password: 'a-brand-new-password' });
  await expectSignedInAs(page, 'Renamed Checker');
});

test('repeated wrong passwords make the next try wait, longer each time, and the right password works after the wait', async ({ page }) => {
  test.setTimeout(180_000); // a dozen sign-ins, each hashing a password on purpose slowly
  const account = newAccount();
  await signUp(page, account);
  await expectSignedInAs(page, account.name);
  await signOut(page);
  const alert = page.locator('form').getByRole('alert');
  const answer = /^(?:Incorrect email or password\.|Too many failed sign-ins\. Wait (\d+) seconds? before trying again\.)$/;
  // Wrong passwords until the form asks for a wait longer than a round trip takes here: the
  // first three cost nothing, then 1 s, 2 s, 4 s, 8 s … (attempts during a wait are not counted).
  let attempt = 0;
  await expect(async () => {
    await signIn(page, { email: account.email, password: `wrong-${++attempt}` });
    await expect(alert).toHaveText(answer);
    expect(Number(answer.exec((await alert.textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(8);
  }).toPass({ timeout: 150_000 });
  expect(attempt).toBeGreaterThan(3);
  // The right password waits too, with the time left; once it has passed, it signs in.
  await signIn(page, account);
  await expect(alert).toHaveText(/^Too many failed sign-ins\. Wait \d+ seconds? before trying again\.$/);
  await expect(async () => {
    await signIn(page, account);
    await expectSignedInAs(page, account.name);
  }).toPass({ timeout: 60_000 });
});
