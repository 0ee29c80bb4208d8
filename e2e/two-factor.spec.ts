import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectSignedInAs, newAccount, SIGNED_OUT, signIn, signOut, signUp } from './support/auth';

test.use({ storageState: SIGNED_OUT });

/**
 * The code an authenticator app shows now (`stepsAhead` 0), or one 30-second step ahead (1): the
 * server takes one step either side, and never a step at or before one already used. Enrolling
 * with the current step and signing in with the next one keeps the sign-in code newer than the
 * enrolment's however quickly the test runs.
 */
const codeFor = (secret: string, stepsAhead: 0 | 1) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });

async function enterCode(page: Page, code: string) {
  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a user turns on two-factor, then signs in with a code and with a recovery code', async ({ page }) => {
  test.setTimeout(180_000);
  const account = newAccount();
  await signUp(page, account);
  await expectSignedInAs(page, account.name);

  await page.goto('/account');
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.getByTestId('two-factor-secret').textContent())!.trim();
  await page.getByLabel('Code from the app').fill('000000' === codeFor(secret, 0) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByText('Not right.', { exact: true })).toBeVisible();
  await page.getByLabel('Code from the app').fill(codeFor(secret, 0));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())!.trim();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText('Two-factor authentication is on. 10 recovery codes left.')).toBeVisible();

  // A password alone no longer signs in: every page sends to the code step.
  await signOut(page);
  await signIn(page, account);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?callbackUrl=%2Faccount/);
  // The step the enrolment used is spent; the next one works.
  const code = codeFor(secret, 1);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/account/);
  await expectSignedInAs(page, account.name);

  // A code works once, then a recovery code.
  await signOut(page);
  await signIn(page, account);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await enterCode(page, code);
  await expect(page.locator('form').getByRole('alert')).toHaveText('That code is not right, or it was already used.');
  await enterCode(page, recoveryCode);
  await expectSignedInAs(page, account.name);
  await page.goto('/account');
  await expect(page.getByText('9 recovery codes left.', { exact: false })).toBeVisible();
});
