import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user
 * moves through a page; fails when it is not reached in `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 150 } = {}) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} was not reached in ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/**
 * Counts the pointer presses (mouse, touch or pen) a page receives from now on, across its
 * navigations, so that a spec can show it used the keyboard alone. Activating a button with
 * Enter or Space fires `click` but no `pointerdown`.
 */
export async function countPointerPresses(context: BrowserContext) {
  await context.addInitScript(() => {
    addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted)
          sessionStorage.setItem('margin-pointer-presses', String(Number(sessionStorage.getItem('margin-pointer-presses')) + 1));
      },
      true,
    );
  });
  return (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('margin-pointer-presses')));
}
