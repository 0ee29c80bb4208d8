import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { makeDocx, makePdf } from '../scripts/fixtures/make-documents';
import { importPastedText, selectInEditor, uploadFile } from './support/documents';
import { newAccount } from './support/auth';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

const PDF_TEXT = [
  { type: 'heading' as const, text: 'Arms for Artillery' },
  {
    type: 'paragraph' as const,
    text:
      'According to US Deputy Assistant Secretary of State Robert Koepcke, North Korea has shipped over 16,500 ' +
      'containers of munitions and related materiel since September last year.',
  },
  { type: 'heading' as const, text: 'Europe Reacts' },
  {
    type: 'paragraph' as const,
    text: 'South Korea secured a record $14 billion deal with Poland in 2022, and a South Korean firm is bidding to build four submarines.',
  },
];

test('pasted text from a PDF copy becomes clean paragraphs, headings and sources', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  const text = [
    'The European Union’s (EU) approach was outlined in European Council',
    'Conclusions from October 9 and November 20, 2001. This initial framework marked a',
    '',
    'peak in engagement, after which relations began a slow decline.',
    '',
    'Europe Reacts: Assessing and Addressing the Threat',
    '',
    ' In a pivotal moment, Japan and the EU |launched a new security partnership.',
    '',
    'https://www.politico.eu/article/north-korean-troops-are-now-in-kursk-to-help-russia-nato-confirms/',
  ].join('\n');
  await importPastedText(page, slug, { title: 'Critical engagement', text });
  const body = page.getByTestId('document-editor');
  await expect(body.locator('p').first()).toHaveText(
    'The European Union’s (EU) approach was outlined in European Council Conclusions from October 9 and November ' +
      '20, 2001. This initial framework marked a peak in engagement, after which relations began a slow decline.',
  );
  await expect(body.getByRole('heading', { name: 'Europe Reacts: Assessing and Addressing the Threat' })).toBeVisible();
  await expect(body).toContainText('Japan and the EU launched a new security partnership.');
  await expect(body).not.toContainText('politico.eu');
});

test('a PDF upload shows its text page by page', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  const buffer = Buffer.from(await makePdf(PDF_TEXT, { title: 'Arms for Artillery', linesPerPage: 4 }));
  await uploadFile(page, slug, { name: 'arms.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arms for Artillery');
  const body = page.getByTestId('document-editor');
  await expect(body).toContainText(
    'North Korea has shipped over 16,500 containers of munitions and related materiel since September last year.',
  );
  await expect(body.getByRole('heading', { name: 'Europe Reacts' })).toBeVisible();
});

test('a Word upload keeps its title and headings', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  const buffer = Buffer.from(await makeDocx(PDF_TEXT, { title: 'Munitions Report' }));
  await uploadFile(page, slug, {
    name: 'report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer,
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Munitions Report');
  await expect(page.getByTestId('document-editor').getByRole('heading', { name: 'Arms for Artillery' })).toBeVisible();
});

test('an unsupported or empty file is refused before it is sent, with a clear message, and nothing is created', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await page.goto(`/w/${slug}/import`);
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/imports')) uploads.push(request.url());
  });
  const file = page.getByLabel('File', { exact: true });
  await expect(page.locator('#import-file-limits')).toContainText('.docx — up to 50 MB');
  await file.setInputFiles({ name: 'sheet.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  await expect(page.locator('main').getByRole('alert')).toContainText('“sheet.xlsx” is not a file Margin can import');
  await page.getByRole('button', { name: 'Import file' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('“sheet.xlsx” is not a file Margin can import');
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.locator('main').getByRole('alert')).toContainText('“notes.txt” is empty (0 bytes)');
  await page.getByRole('button', { name: 'Import file' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('“notes.txt” is empty (0 bytes)');
  expect(uploads).toEqual([]);
  await page.goto(`/w/${slug}`);
  await expect(page.getByText('No documents yet.')).toBeVisible();
});

test('a web page is imported from its address: the article, not the site around it', async ({ page }) => {
  const html = `<!doctype html><html><head><title>Kursk | Example News</title></head><body>
    <nav><a href="/">Home</a></nav><article><h1>North Korean Troops in Kursk</h1>
    ${Array.from({ length: 5 }, (_, i) => `<p>Report ${i + 1}: NATO confirmed on October 28 that North Korean troops have been deployed to Kursk, the Russian region partly controlled by Ukraine.</p>`).join('')}
    </article><footer>Subscribe to our newsletter</footer></body></html>`;
  const server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { slug } = await createWorkspace(page);
    await page.goto(`/w/${slug}/import`);
    await page.getByLabel('Address of the article').fill(`http://127.0.0.1:${(server.address() as AddressInfo).port}/kursk`);
    await page.getByRole('button', { name: 'Import page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korean Troops in Kursk');
    const body = page.getByTestId('document-editor');
    await expect(body.locator('p')).toHaveCount(5);
    await expect(body).not.toContainText('Subscribe');
    await expect(page.getByRole('link', { name: '127.0.0.1' })).toBeVisible();
  } finally {
    server.close();
  }
});

test('an editor corrects a word: version 2, and the diff shows the change', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, {
    title: 'Sanctions timeline',
    text: 'By the time of Kim Jong II’s death in December 2011, this pivot marked a significant change in EU priorities.',
  });
  await page.getByRole('button', { name: 'Edit text' }).click();
  const editor = page.getByTestId('document-editor');
  await selectInEditor(editor, 'Kim Jong ', 'II');
  await page.keyboard.type('Il');
  await page.getByLabel('What did you change?').fill('Corrected Kim Jong Il');
  await page.getByRole('button', { name: 'Save as version 2' }).click();

  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible({ timeout: 20_000 });
  await expect(editor).toContainText('By the time of Kim Jong Il’s death');
  await page.getByRole('link', { name: 'Version 2' }).click();
  await expect(page.getByRole('list', { name: 'Versions' })).toContainText('Version 2 · edited — Corrected Kim Jong Il');
  await expect(page.getByTestId('diff-summary')).toHaveText('Version 1 → 2: 1 word added, 1 removed.');
  await expect(page.getByTestId('diff').locator('del')).toHaveText('II');
  await expect(page.getByTestId('diff').locator('ins')).toHaveText('Il');
});

test('a viewer reads documents but cannot import or edit', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Read only', text: 'Four submarines for Poland.' });
  const documentUrl = page.url();
  const email = newAccount().email;
  const viewer = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'viewer'), email);
  await expect(viewer.page.getByRole('link', { name: 'Import an article' })).toHaveCount(0);
  await viewer.page.goto(documentUrl);
  await expect(viewer.page.getByTestId('document-editor')).toContainText('Four submarines for Poland.');
  await expect(viewer.page.getByRole('button', { name: 'Edit text' })).toHaveCount(0);
  await viewer.page.goto(`/w/${slug}/import`);
  await expect(viewer.page.getByText('Only owners and editors can import')).toBeVisible();
  await viewer.context.close();
});

test('a refused import keeps what was typed: the pasted article after a too-long title, the address after a failed fetch', async ({
  page,
}) => {
  const { slug } = await createWorkspace(page);
  await page.goto(`/w/${slug}/import`);
  await expect(page.getByText('Up to 300 characters.')).toBeVisible();
  const article = 'The navy will buy four submarines by 2030.\n\nPoland signed a record deal.';
  const title = 'T'.repeat(301);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Import text' }).click();
  await expect(page.getByText('Keep it under 300 characters.')).toBeVisible();
  await expect(page.getByLabel('Article text')).toHaveValue(article);
  await expect(page.getByLabel('Title (optional)')).toHaveValue(title);

  const address = 'http://127.0.0.1:1/nothing-listens-here';
  await page.getByLabel('Address of the article').fill(address);
  await page.getByRole('button', { name: 'Import page' }).click();
  const urlForm = page.locator('form').filter({ has: page.getByLabel('Address of the article') });
  await expect(urlForm.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Address of the article')).toHaveValue(address);
  await page.goto(`/w/${slug}`);
  await expect(page.getByText('No documents yet.')).toBeVisible();
});
