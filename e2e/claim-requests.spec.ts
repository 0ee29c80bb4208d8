// What one change to a claim costs the browser that shows it: the requests the page makes for a
// workflow step taken there, and for someone else's change arriving live. The page waits on
// conditions only: the new state shown, the live change handled (the live indicator names the
// newest change the page reacted to), and every counted request finished.
import { expect, test, type Page } from '@playwright/test';
import { newAccount } from './support/auth';
import { markPassage, openFromList } from './support/annotations';
import { importPastedText } from './support/documents';
import { recordRequests } from './support/request-log';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

const TEXT = 'According to the ministry, North Korea has shipped over 16,500 containers of munitions since September last year.';
const LIVE_TIMEOUT = { timeout: 15_000 };

const liveStatus = (page: Page) => page.getByTestId('live-status');
const lastEvent = (page: Page) => liveStatus(page).getAttribute('data-last-event');
const panelOf = (page: Page) => page.getByTestId('claim-panel');

async function openClaim(page: Page) {
  await openFromList(page, '16,500');
  await expect(panelOf(page).getByTestId('claim-status')).toBeVisible();
}

/** Waits until the page reacted to a live change newer than `before`. */
async function liveChangeHandled(page: Page, before: string | null) {
  await expect.poll(() => lastEvent(page), LIVE_TIMEOUT).not.toBe(before);
}

test('a claim step costs one request, and someone else’s change one page refresh and one claim read', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'editor');
  const editor = await acceptAsNewUser(browser, link, email);
  await importPastedText(page, slug, { title: `Requests ${Date.now()}`, text: TEXT });
  await markPassage(page, 'North Korea has shipped ', 'over 16,500 containers of munitions', 'Claim');
  const other = editor.page;
  await other.goto(page.url());
  for (const someone of [page, other]) {
    await expect(liveStatus(someone)).toHaveText('Live', LIVE_TIMEOUT);
    await openClaim(someone);
  }
  const log = recordRequests(page);

  // A step taken on this page.
  let before = await lastEvent(page);
  log.start();
  await panelOf(page).getByRole('button', { name: 'Start checking' }).click();
  await expect(panelOf(page).getByTestId('claim-status')).toHaveText('In progress');
  await liveChangeHandled(page, before);
  await log.settled();
  const ownStep = log.stop();
  console.log('own claim step:', JSON.stringify(ownStep));
  await expect(panelOf(other).getByTestId('claim-status')).toHaveText('In progress', LIVE_TIMEOUT);

  // Someone else's change to the same claim, arriving live.
  before = await lastEvent(page);
  log.start();
  await panelOf(other).getByRole('button', { name: 'Edit statement' }).click();
  await panelOf(other).getByLabel('Statement').fill('North Korea shipped more than 16,500 containers of munitions.');
  await panelOf(other).getByRole('button', { name: 'Save statement' }).click();
  await expect(panelOf(page).getByTestId('claim-statement')).toHaveText(
    'North Korea shipped more than 16,500 containers of munitions.',
    LIVE_TIMEOUT,
  );
  await liveChangeHandled(page, before);
  await log.settled();
  const othersChange = log.stop();
  console.log('someone else’s change:', JSON.stringify(othersChange));

  // One request: the step, whose answer carries the page rendered again and the claim as changed;
  // its live echo reloads nothing (before: 3 action POSTs — the step and two reads of the claim —
  // and a page refresh with its 8 link prefetches).
  expect(ownStep).toEqual({ actionPosts: 1, actionPageRenders: 1, pageRefreshes: 0, prefetches: 0, claimGets: 0 });
  // Someone else's change: one page refresh (Next prefetches the page's links again after it,
  // however many there are) and one read of the claim.
  expect(othersChange).toEqual({ actionPosts: 0, actionPageRenders: 0, pageRefreshes: 1, prefetches: expect.any(Number), claimGets: 1 });
  await editor.context.close();
});
