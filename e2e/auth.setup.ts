// Signs in as the demo user once; specs reuse the session (playwright.config.ts storageState).
import { test as setup } from '@playwright/test';
import { DEMO } from '../prisma/demo';
import { expectSignedInAs, signIn } from './support/auth';

setup('sign in as the demo user', async ({ page }) => {
  await signIn(page, DEMO);
  await expectSignedInAs(page, DEMO.name);
  await page.context().storageState({ path: 'e2e/.auth/demo.json' });
});
