import { expect, test } from '@playwright/test';
import { newAccount, SIGNED_OUT } from './support/auth';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

test('an invitation is accepted in a second browser, once', async ({ page, browser }) => {
  const { name, slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'checker');
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toContainText(email);

  const invitee = await acceptAsNewUser(browser, link, email);
  await expect(invitee.page.getByRole('heading', { name })).toBeVisible();
  await invitee.page.goto(`/w/${slug}/members`);
  await expect(invitee.page.getByRole('listitem', { name: invitee.account.name })).toContainText('checker');

  // The link was for one use.
  await invitee.page.goto(link);
  await expect(invitee.page.getByText('This invitation has already been used.')).toBeVisible();
  await invitee.context.close();

  await page.reload();
  await expect(page.getByRole('list', { name: 'Members' })).toContainText(email);
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toHaveCount(0);
});

test('a signed-out invitation link says who invited whom to what, and fills in the address', async ({ page, browser }) => {
  const { name, slug } = await createWorkspace(page);
  const email = newAccount().email;
  const link = await inviteMember(page, slug, email, 'editor');

  const context = await browser.newContext({ storageState: SIGNED_OUT });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee).toHaveURL(/\/sign-in\?callbackUrl=/);
  const notice = invitee.getByRole('status').filter({ hasText: 'invited' });
  await expect(notice).toContainText(`invited ${email} to join ${name} as editor`);
  await expect(invitee.getByLabel('Email')).toHaveValue(email);
  await invitee.getByRole('link', { name: 'Create an account' }).click();
  await expect(invitee.getByRole('status').filter({ hasText: 'invited' })).toContainText(name);
  await expect(invitee.getByLabel('Email')).toHaveValue(email);
  await context.close();
});

test('a viewer can read but not change anything', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const viewer = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'viewer'), email);
  const viewerPage = viewer.page;

  await expect(viewerPage.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await viewerPage.getByRole('link', { name: 'Members' }).click();
  await expect(viewerPage.getByRole('heading', { name: /^Members of/ })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Create invitation' })).toHaveCount(0);
  await expect(viewerPage.getByRole('combobox')).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Remove' })).toHaveCount(0);

  await viewerPage.goto(`/w/${slug}/settings`);
  await expect(viewerPage.getByText('Only owners and editors can change the settings')).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await viewer.context.close();
});

test('an owner changes a member’s role, and cannot leave as the last owner', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const member = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'viewer'), email);
  await member.context.close();

  await page.goto(`/w/${slug}/members`);
  await page.getByLabel(`Role of ${member.account.name}`).selectOption('editor');
  await expect(page.getByRole('listitem', { name: member.account.name }).getByRole('status')).toHaveText('Role changed.');
  await page.reload();
  await expect(page.getByLabel(`Role of ${member.account.name}`)).toHaveValue('editor');

  const self = page.getByRole('listitem').filter({ hasText: '(you)' });
  await self.getByRole('button', { name: 'Leave' }).click();
  await self.getByRole('button', { name: 'Yes, leave' }).click();
  await expect(self.getByRole('alert')).toContainText('at least one owner');

  // A demotion is asked first; the refused one (the last owner) shows the real role again and why.
  const ownRole = self.getByRole('combobox');
  await ownRole.selectOption('editor');
  const confirm = self.getByRole('group', { name: 'Confirm the role change' });
  await expect(confirm).toContainText('Make yourself editor?');
  await confirm.getByRole('button', { name: 'Yes, change' }).click();
  await expect(self.getByRole('alert')).toContainText('at least one owner');
  await expect(self.getByRole('alert')).toContainText('The role is still owner.');
  await expect(ownRole).toHaveValue('owner');
  // Cancel leaves it as it was, without asking the server.
  await page.getByLabel(`Role of ${member.account.name}`).selectOption('viewer');
  const memberRow = page.getByRole('listitem', { name: member.account.name });
  await memberRow.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel(`Role of ${member.account.name}`)).toHaveValue('editor');
});

test('an owner renames and then deletes a workspace after typing its name', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await page.goto(`/w/${slug}/settings`);
  const renamed = `Renamed desk ${Date.now()}`;
  await page.getByLabel('Workspace name').fill(renamed);
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed.' })).toHaveText('Renamed.');

  await page.getByLabel(/^Type “/).fill('not the name');
  await page.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page.getByText('Does not match the workspace name.')).toBeVisible();

  await page.getByLabel(/^Type “/).fill(renamed);
  await page.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page).toHaveURL(/\/w$/);
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
  expect((await page.goto(`/w/${slug}`))?.status()).toBe(404);
});

test('the workspace switcher lists the user’s workspaces', async ({ page }) => {
  const first = await createWorkspace(page);
  const second = await createWorkspace(page);
  await page.getByRole('button', { name: /switch workspace$/ }).click();
  await page.getByRole('menuitem', { name: new RegExp(first.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${first.slug}$`));
  await expect(page.getByRole('button', { name: /switch workspace$/ })).toContainText(first.name);
  expect(second.slug).not.toBe(first.slug);
});
