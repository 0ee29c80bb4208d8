// Live updates across two app servers (playwright.config.ts starts one on MARGIN_E2E_PORT and one
// on MARGIN_E2E_PORT2, same database): what one person does on one appears on the other's page
// without a reload, through PostgreSQL LISTEN/NOTIFY and Server-Sent Events.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../prisma/demo';
import { openFromList } from './support/annotations';
import { newAccount } from './support/auth';
import { importPastedText, selectInEditor } from './support/documents';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

// Cookies belong to the host, not the port: a session made on one server is valid on the other.
const SECOND = `http://localhost:${Number(process.env.MARGIN_E2E_PORT2 ?? 3102)}`;
const onSecondServer = (url: string) => SECOND + new URL(url).pathname;

const TEXT = [
  'According to US Deputy Assistant Secretary of State Robert Koepcke, North Korea has shipped over 16,500 ' +
    'containers of munitions and related materiel since September last year.',
  '',
  'South Korea secured a record $14 billion deal with Poland in 2022, and a South Korean firm is bidding to build four submarines.',
].join('\n');

const LIVE_TIMEOUT = { timeout: 15_000 };
const liveStatus = (page: Page) => page.getByTestId('live-status');
const annotationList = (page: Page) => page.getByRole('list', { name: 'Annotations in the text' });

async function annotate(page: Page, before: string, word: string, kind: 'Claim' | 'Note') {
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, before, word);
  await editor.dispatchEvent('mouseup');
  await page.getByRole('dialog', { name: 'Annotate the selection' }).getByRole('button', { name: kind }).click();
}

async function openAnnotation(page: Page, text: string): Promise<Locator> {
  return openFromList(page, text);
}

test('two people on two app servers see each other, and each other’s annotation, comment and status change, without reloading', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'checker');
  const checker = await acceptAsNewUser(browser, link, email);
  await importPastedText(page, slug, { title: `Live desk ${Date.now()}`, text: TEXT });
  const other = checker.page;
  await other.goto(onSecondServer(page.url()));
  await expect(liveStatus(page)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(liveStatus(other)).toHaveText('Live', LIVE_TIMEOUT);

  // Presence: each sees the other's avatar (and their own, marked as theirs).
  await expect(page.getByRole('img', { name: checker.account.name, exact: true })).toBeVisible(LIVE_TIMEOUT);
  await expect(other.getByRole('img', { name: DEMO.name, exact: true })).toBeVisible(LIVE_TIMEOUT);
  await expect(other.getByRole('img', { name: `${checker.account.name} (you)` })).toBeVisible();

  // An annotation made on the first server appears on the second.
  await annotate(page, 'North Korea has shipped ', 'over 16,500 containers of munitions', 'Claim');
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(other).getByRole('listitem').filter({ hasText: 'over 16,500 containers' })).toBeVisible(LIVE_TIMEOUT);
  await expect(other.getByTestId('document-editor').locator('.annotation-highlight')).toHaveText('over 16,500 containers of munitions');

  // Both open it; a comment written on the first appears in the discussion on the second, and
  // what the checker is typing there stays.
  const panel = await openAnnotation(page, '16,500');
  const otherPanel = await openAnnotation(other, '16,500');
  const draft = otherPanel.getByTestId('comment-thread').getByLabel('Add a comment');
  await draft.fill('Half-written thought');
  const thread = panel.getByTestId('comment-thread');
  await thread.getByLabel('Add a comment').fill('Which briefing is this from, @Checker');
  await page
    .getByRole('listbox', { name: 'Members to mention' })
    .getByRole('option', { name: new RegExp(checker.account.name) })
    .click();
  await thread.getByRole('button', { name: 'Comment' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(1);
  await expect(otherPanel.getByTestId('comment').filter({ hasText: 'Which briefing is this from' })).toBeVisible(LIVE_TIMEOUT);
  await expect(draft).toHaveValue('Half-written thought');
  // The mention reaches the checker's bell, too.
  await expect(other.getByTestId('unread-count')).toHaveText('1', LIVE_TIMEOUT);

  // A status change made on the second appears on the first.
  await expect(panel.getByTestId('claim-status')).toHaveText('Unchecked');
  await otherPanel.getByRole('button', { name: 'Start checking' }).click();
  await expect(otherPanel.getByTestId('claim-status')).toHaveText('In progress');
  await expect(panel.getByTestId('claim-status')).toHaveText('In progress', LIVE_TIMEOUT);

  // Where the checker selects words, the first page shows it, with their name.
  await selectInEditor(other.getByTestId('document-editor'), 'a record ', '$14 billion');
  const remote = page.getByTestId('document-editor').locator('.remote-selection');
  await expect(remote).toHaveText('$14 billion', LIVE_TIMEOUT);
  await expect(remote).toHaveAttribute('data-remote-selection', checker.account.name);

  // The checker leaves: their avatar goes.
  await checker.context.close();
  await expect(page.getByRole('img', { name: checker.account.name, exact: true })).toHaveCount(0, LIVE_TIMEOUT);
  await expect(remote).toHaveCount(0);
});

test('offline, the page says it is reconnecting; back online, it catches up with what changed meanwhile', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: `Offline desk ${Date.now()}`, text: TEXT });
  // The same person in a second browser, on the second server.
  const secondContext = await browser.newContext({ storageState: 'e2e/.auth/demo.json' });
  const second = await secondContext.newPage();
  await second.goto(onSecondServer(page.url()));
  await expect(liveStatus(page)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(liveStatus(second)).toHaveText('Live', LIVE_TIMEOUT);

  await page.context().setOffline(true);
  await expect(liveStatus(page)).toHaveText('Reconnecting…');
  await annotate(second, 'bidding to build ', 'four submarines', 'Note');
  await expect(annotationList(second).getByRole('listitem')).toHaveCount(1);
  await expect(annotationList(page).getByRole('listitem')).toHaveCount(0);

  await page.context().setOffline(false);
  await expect(liveStatus(page)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(annotationList(page).getByRole('listitem').filter({ hasText: 'four submarines' })).toBeVisible(LIVE_TIMEOUT);
  await secondContext.close();
});

test('a version saved on one server while someone edits on the other: their edit stays, they are told, and saving it is refused', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: `Versions desk ${Date.now()}`, text: TEXT });
  const secondContext = await browser.newContext({ storageState: 'e2e/.auth/demo.json' });
  const second = await secondContext.newPage();
  await second.goto(onSecondServer(page.url()));
  await expect(liveStatus(page)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(liveStatus(second)).toHaveText('Live', LIVE_TIMEOUT);
  const editor = page.getByTestId('document-editor');

  await page.getByRole('button', { name: 'Edit text' }).click();
  await selectInEditor(editor, 'Deputy Assistant Secretary of State ', 'Robert');
  await page.keyboard.type('Mr Robert');

  const secondEditor = second.getByTestId('document-editor');
  await second.getByRole('button', { name: 'Edit text' }).click();
  await selectInEditor(secondEditor, 'secured a record ', '$14 billion');
  await second.keyboard.type('$13.7 billion');
  await second.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(second.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 });

  await expect(page.getByText('A newer version 2 was saved while you were editing.')).toBeVisible(LIVE_TIMEOUT);
  await expect(editor).toContainText('Mr Robert Koepcke');
  await page.getByRole('button', { name: /^Save as version/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Someone saved version 2 while you were editing.' })).toBeVisible();
  await expect(editor).toContainText('Mr Robert Koepcke');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor).toContainText('$13.7 billion');
  await expect(page.getByRole('status').filter({ hasText: 'Now showing version 2, saved meanwhile.' })).toBeVisible();
  await expect(editor).not.toContainText('Mr Robert');

  // Reading (not editing), the newer text simply replaces the old.
  await second.getByRole('button', { name: 'Edit text' }).click();
  await selectInEditor(secondEditor, 'bidding to build ', 'four');
  await second.keyboard.type('five');
  await second.getByRole('button', { name: 'Save as version 3' }).click();
  await expect(page.getByRole('link', { name: 'Version 3' })).toBeVisible(LIVE_TIMEOUT);
  await expect(editor).toContainText('build five submarines');
  await expect(page.getByRole('status').filter({ hasText: 'Now showing version 3, saved meanwhile.' })).toBeVisible();
  // The one who saved it is told it was saved, not that it arrived.
  await expect(second.getByRole('status').filter({ hasText: 'Version 3 saved.' })).toBeVisible();
  await expect(second.getByText('Now showing version')).toHaveCount(0);
  await secondContext.close();
});

test('the claim board on one server lists a claim marked on the other, then its new status', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: `Board desk ${Date.now()}`, text: TEXT });
  const boardContext = await browser.newContext({ storageState: 'e2e/.auth/demo.json' });
  const board = await boardContext.newPage();
  await board.goto(`${SECOND}/w/${slug}/claims`);
  await expect(liveStatus(board)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(board.getByText('No claims match.')).toBeVisible();

  await annotate(page, 'a South Korean firm is bidding to build ', 'four submarines', 'Claim');
  const rows = board.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await expect(rows).toHaveCount(1, LIVE_TIMEOUT);
  await expect(rows.first()).toContainText('four submarines');
  await expect(rows.first()).toContainText('Unchecked');

  const panel = await openAnnotation(page, 'four submarines');
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(panel.getByTestId('claim-status')).toHaveText('In progress');
  await expect(rows.first()).toContainText('In progress', LIVE_TIMEOUT);
  await boardContext.close();
});

test('a member removed while the document is open is told at once that their access was removed', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'viewer');
  const removed = await acceptAsNewUser(browser, link, email);
  await importPastedText(page, slug, { title: `Removal desk ${Date.now()}`, text: TEXT });
  await removed.page.goto(onSecondServer(page.url()));
  await expect(liveStatus(removed.page)).toHaveText('Live', LIVE_TIMEOUT);

  await page.goto(`/w/${slug}/members`);
  const row = page.getByRole('listitem', { name: removed.account.name });
  await row.getByRole('button', { name: 'Remove' }).click();
  await row.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(liveStatus(removed.page)).toHaveText(/access to this workspace was removed/, LIVE_TIMEOUT);
  await removed.context.close();
});

test('a mention on one server appears in the notifications open on the other, and the bell counts it, without reloading', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'checker');
  const checker = await acceptAsNewUser(browser, link, email);
  const inbox = checker.page;
  await inbox.goto(`${SECOND}/notifications`);
  await expect(liveStatus(inbox)).toHaveText('Live', LIVE_TIMEOUT);
  await expect(inbox.getByTestId('notification')).toHaveCount(0);
  await expect(inbox.getByTestId('unread-count')).toHaveCount(0);

  await importPastedText(page, slug, { title: `Inbox desk ${Date.now()}`, text: TEXT });
  await annotate(page, 'North Korea has shipped ', 'over 16,500 containers of munitions', 'Claim');
  const thread = (await openAnnotation(page, '16,500')).getByTestId('comment-thread');
  await thread.getByLabel('Add a comment').fill('Can you find the briefing, @Checker');
  await page
    .getByRole('listbox', { name: 'Members to mention' })
    .getByRole('option', { name: new RegExp(checker.account.name) })
    .click();
  await thread.getByRole('button', { name: 'Comment' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(1);

  await expect(inbox.getByTestId('notification').filter({ hasText: 'mentioned you' })).toHaveCount(1, LIVE_TIMEOUT);
  await expect(inbox.getByTestId('notification').first()).toContainText('Can you find the briefing');
  await expect(inbox.getByTestId('unread-count')).toHaveText('1', LIVE_TIMEOUT);
  await checker.context.close();
});
