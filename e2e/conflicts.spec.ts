// No lost updates in the browser: two people (two browser contexts) edit the same object from the
// same version; the second is refused, sees the newer state beside what they typed, and applies
// their change again on top of it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { markPassage, openFromList } from './support/annotations';
import { newAccount } from './support/auth';
import { importPastedText } from './support/documents';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

const STALE = 'Someone else changed this while you were editing — here is the current version; apply yours again?';
const TEXT = [
  'According to US Deputy Assistant Secretary of State Robert Koepcke, North Korea has shipped over 16,500 ' +
    'containers of munitions and related materiel since September last year.',
  '',
  'South Korea secured a record $14 billion deal with Poland in 2022.',
].join('\n');

const detailsOf = (page: Page) => page.getByRole('form', { name: 'Document details' });
const headingOf = (page: Page) => page.getByRole('heading', { level: 1 });

async function openAnnotation(page: Page, text: string): Promise<Locator> {
  const thread = (await openFromList(page, text)).getByTestId('comment-thread');
  await expect(thread).toBeVisible();
  return thread;
}

test('two editors change a document’s details at once: the second sees the newer ones, keeps theirs and applies them again', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const editor = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'editor'), email);
  await importPastedText(page, slug, { title: `Munitions ${Date.now()}`, text: TEXT });
  const other = editor.page;
  await other.goto(page.url());

  // Both open the details of the same version.
  for (const someone of [page, other]) await someone.getByRole('button', { name: 'Edit details' }).click();
  await detailsOf(page).getByLabel('Title', { exact: true }).fill('North Korea’s shipments to Russia');
  await detailsOf(page).getByRole('button', { name: 'Save details' }).click();
  await expect(headingOf(page)).toHaveText('North Korea’s shipments to Russia');
  await expect(detailsOf(page)).toHaveCount(0);

  const form = detailsOf(other);
  await form.getByLabel('Title', { exact: true }).fill('16,500 containers: what we know');
  await form.getByLabel('Byline').fill('The verification desk');
  await form.getByRole('button', { name: 'Save details' }).click();

  // Refused: the message, the newer details from the server, and what they typed still there.
  const notice = form.getByTestId('stale-notice');
  await expect(notice.getByRole('alert')).toHaveText(STALE);
  await expect(notice.getByTestId('current-version')).toContainText('North Korea’s shipments to Russia');
  await expect(headingOf(other)).toHaveText('North Korea’s shipments to Russia');
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('16,500 containers: what we know');
  await expect(form.getByLabel('Byline')).toHaveValue('The verification desk');

  // Applied again on top of the newer version, their change wins.
  await notice.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(form).toHaveCount(0);
  await expect(headingOf(other)).toHaveText('16,500 containers: what we know');
  await page.reload();
  await expect(headingOf(page)).toHaveText('16,500 containers: what we know');
  await expect(page.getByText('The verification desk')).toBeVisible();
  await editor.context.close();
});

test('a comment edited in two windows at once: the second sees the newer words, keeps theirs and applies them again', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: `Munitions ${Date.now()}`, text: TEXT });
  await markPassage(page, 'North Korea has shipped ', 'over 16,500 containers', 'Figure');
  const thread = await openAnnotation(page, '16,500');
  await thread.getByLabel('Add a comment').fill('Where is this figure from?');
  await thread.getByRole('button', { name: 'Comment' }).click();
  await expect(thread.getByTestId('comment')).toHaveText(/Where is this figure from\?/);

  // The same author in a second window.
  const second = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await second.newPage();
  await other.goto(page.url());
  const otherThread = await openAnnotation(other, '16,500');

  for (const where of [thread, otherThread]) await where.getByRole('button', { name: 'Edit', exact: true }).click();
  await thread.getByLabel('Edit your comment').fill('Which State Department briefing is this from?');
  await thread.getByRole('button', { name: 'Save', exact: true }).click();
  // saved: the box closes (while it is open, the comment's text includes what is typed in it)
  await expect(thread.getByLabel('Edit your comment')).toHaveCount(0);
  await expect(thread.getByTestId('comment')).toContainText('Which State Department briefing is this from?');

  const box = otherThread.getByLabel('Edit your comment');
  await box.fill('Source? The Koepcke briefing, I think.');
  await otherThread.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(otherThread.getByRole('alert')).toHaveText(STALE);
  await expect(otherThread.getByTestId('current-version')).toContainText('Which State Department briefing is this from?');
  await expect(box).toHaveValue('Source? The Koepcke briefing, I think.');

  await otherThread.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(otherThread.getByLabel('Edit your comment')).toHaveCount(0);
  await expect(otherThread.getByTestId('comment')).toContainText('Source? The Koepcke briefing, I think.');
  await page.reload();
  await expect(await openAnnotation(page, '16,500')).toContainText('Source? The Koepcke briefing, I think.');
  await second.close();
});

test('a tag and the workspace name changed in two windows at once: the second is told, sees the newer one and applies theirs again', async ({
  page,
  browser,
}) => {
  const { slug, name } = await createWorkspace(page);
  await page.goto(`/w/${slug}/tags`);
  await page.getByLabel('New tag').fill('Navy');
  await page.getByRole('button', { name: 'Add tag' }).click();
  const rowOf = (someone: Page) => someone.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(rowOf(page)).toHaveAccessibleName('Navy');
  const second = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await second.newPage();
  await other.goto(page.url());

  for (const someone of [page, other]) await rowOf(someone).getByRole('button', { name: 'Edit', exact: true }).click();
  await rowOf(page).getByLabel('Name').fill('Naval forces');
  await rowOf(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(rowOf(page)).toHaveAccessibleName('Naval forces');
  await rowOf(other).getByLabel('Name').fill('Fleet');
  await rowOf(other).getByRole('button', { name: 'Save', exact: true }).click();
  const notice = rowOf(other).getByTestId('stale-notice');
  await expect(notice.getByRole('alert')).toHaveText(STALE);
  await expect(notice.getByTestId('current-version')).toContainText('Naval forces');
  await expect(rowOf(other).getByLabel('Name')).toHaveValue('Fleet');
  await notice.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(rowOf(other)).toHaveAccessibleName('Fleet');
  await expect(rowOf(other).getByLabel('Name')).toHaveCount(0);

  for (const someone of [page, other]) await someone.goto(`/w/${slug}/settings`);
  await page.getByLabel('Workspace name').fill(`${name} (Seoul)`);
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed.' })).toBeVisible();
  await other.getByLabel('Workspace name').fill(`${name} (Warsaw)`);
  await other.getByRole('button', { name: 'Rename' }).click();
  await expect(other.getByTestId('stale-notice').getByRole('alert')).toHaveText(STALE);
  await expect(other.getByTestId('current-version')).toContainText(`${name} (Seoul)`);
  await expect(other.getByLabel('Workspace name')).toHaveValue(`${name} (Warsaw)`);
  await other.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Renamed.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Workspace name')).toHaveValue(`${name} (Warsaw)`);
  await second.close();
});

test('two windows change one member’s role at once: the second is told the current role and applies theirs again', async ({
  page,
  browser,
}) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const member = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'viewer'), email);
  await member.context.close();
  const second = await browser.newContext({ storageState: await page.context().storageState() });
  const other = await second.newPage();
  for (const someone of [page, other]) await someone.goto(`/w/${slug}/members`);

  const rowOf = (someone: Page) => someone.getByRole('listitem', { name: member.account.name });
  await page.getByLabel(`Role of ${member.account.name}`).selectOption('editor');
  await expect(rowOf(page).getByRole('status')).toHaveText('Role changed.');
  await other.getByLabel(`Role of ${member.account.name}`).selectOption('checker');
  const notice = rowOf(other).getByTestId('stale-notice');
  await expect(notice.getByRole('alert')).toHaveText(STALE);
  await expect(notice.getByTestId('current-version')).toContainText('editor');
  // refused, the select shows the role as the server has it; the notice keeps the one chosen
  await expect(other.getByLabel(`Role of ${member.account.name}`)).toHaveValue('editor');
  await notice.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(rowOf(other).getByRole('status')).toHaveText('Role changed.');
  await page.reload();
  await expect(page.getByLabel(`Role of ${member.account.name}`)).toHaveValue('checker');
  await second.close();
});
