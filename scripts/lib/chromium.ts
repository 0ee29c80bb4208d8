// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's headless shell, else
// Debian's full Chromium, else Playwright's own. The headless shell (the old headless mode, what
// Playwright itself runs headless) draws the same pages with about a quarter less CPU than the full
// browser in headless mode: on a 2-core machine that is minutes of the e2e stage.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_HELP = [
  'No Chromium found for the end-to-end tests. Either:',
  '  • install Debian’s Chromium: sudo apt-get update && sudo apt-get install -y chromium-headless-shell (or chromium)',
  '  • or point CHROMIUM_PATH at a Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  '  • or, with internet access, install Playwright’s own: npx playwright install chromium',
].join('\n');

/** The executable to launch, or undefined to let Playwright use its own download. */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  return SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
}

export function findChromium(): { path: string } | { error: string } {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && !fs.existsSync(configured)) {
    return { error: `CHROMIUM_PATH is set to ${configured}, which does not exist.\n${CHROMIUM_HELP}` };
  }
  const found = chromiumExecutable() ?? chromium.executablePath();
  return fs.existsSync(found) ? { path: found } : { error: CHROMIUM_HELP };
}
