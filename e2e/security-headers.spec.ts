import { expect, test } from '@playwright/test';
import { SIGNED_OUT } from './support/auth';

// Every page is served with a Content-Security-Policy whose scripts need this request's nonce;
// the app's own scripts carry it, so pages work and the browser reports no violation.
test('pages carry a nonce policy that their own scripts satisfy, and cannot be framed', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto('/w');
  const policy = first!.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(first!.headers()['x-content-type-options']).toBe('nosniff');
  const api = await page.request.get('/api/openapi.json');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
  expect(api.headers()['x-frame-options']).toBe('DENY');
  const again = await page.request.get('/w');
  expect(again.headers()['content-security-policy']).not.toBe(policy); // a fresh nonce per request

  // Next.js's client started (its scripts ran): it sets window.next when it boots.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('string');
  expect(violations).toEqual([]);
});

test.describe('signed out', () => {
  test.use({ storageState: SIGNED_OUT });
  test('the sign-in page works under the policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/sign-in');
    await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('string');
    await page.getByLabel('Email').fill('nobody@example.test');
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The form's own alert (Next's route announcer is an alert too, outside the form).
    await expect(page.locator('form').getByRole('alert')).toHaveText('Incorrect email or password.');
    expect(violations).toEqual([]);
  });

  test('every page has the favicon, served to anyone as an SVG', async ({ page }) => {
    await page.goto('/sign-in');
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/^\/icon\.svg/);
    const icon = await page.request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  });
});

// Next.js answered its own 500 when a route's parameter could not be decoded (found by npm run bench:fuzz).
test('a path with broken percent-encoding is refused with 400, API and pages alike', async ({ request }) => {
  for (const path of ['/api/v1/documents/%', '/api/v1/claims/%zz/steps', '/w/%E0%A4%A/documents']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'invalid' });
  }
  expect((await request.get('/api/v1/documents/%25')).status()).toBe(401); // a well-encoded % goes on to the API
});
