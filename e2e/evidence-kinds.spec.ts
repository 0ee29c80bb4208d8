import { expect, test, type Locator, type Page } from '@playwright/test';
import { makePdf } from '../scripts/fixtures/make-documents';
import { newAccount } from './support/auth';
import { importPastedText } from './support/documents';
import { acceptAsNewUser, createWorkspace, inviteMember } from './support/teams';

const TEXT = 'The port of Rotterdam handled 14.5 million containers in 2023, a fall of 7% from the record year before.';
const QUOTE = 'Container throughput reached 14.5 million TEU in 2023';

const panelOf = (page: Page) => page.getByTestId('claim-panel');
const statusOf = (panel: Locator) => panel.getByTestId('claim-status');

/** Selects `words` in the uploaded file's text as a person dragging over them would, and lets go of the mouse. */
async function selectInFileText(picker: Locator, words: string) {
  await picker.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`“${target}” is not in the file's text`);
  }, words);
  await picker.dispatchEvent('mouseup');
}

test('a claim is verified on a phone call with a spokesperson and a quote selected in an uploaded PDF', async ({ page, browser }) => {
  const { slug } = await createWorkspace(page);
  const email = newAccount().email;
  const reviewer = await acceptAsNewUser(browser, await inviteMember(page, slug, email, 'checker'), email);
  await importPastedText(page, slug, { title: `Ports ${Date.now()}`, text: TEXT });
  const documentUrl = page.url();

  await page.getByRole('button', { name: 'Suggest figures and claims' }).click();
  const suggestion = page.locator('[data-testid="suggestion"][data-kind="figure"]').filter({ hasText: '14.5 million containers' });
  await suggestion.getByRole('button', { name: /^Mark .* as a figure$/ }).click();
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(statusOf(panel)).toHaveText('In progress');
  const evidence = panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem');

  // A phone call with the port's spokesperson, with contact details only the workspace sees.
  await panel.getByRole('button', { name: 'Add evidence…' }).click();
  const form = panel.getByRole('form', { name: 'Add evidence' });
  await form.getByLabel('Kind of evidence').selectOption({ label: 'Interview, call or email' });
  await form.getByLabel('How').selectOption({ label: 'Phone call' });
  await form.getByLabel('Who').fill('Jane Doe');
  await form.getByLabel('Their role').fill('spokesperson');
  await form.getByLabel('Contact details').fill('jane.doe@port.example');
  await form.getByLabel('What they said').fill('We handled 14.5 million containers last year.');
  await form.getByLabel('When').fill('2026-11-30');
  await form.getByRole('button', { name: 'Add evidence', exact: true }).click();
  await expect(evidence).toHaveCount(1);
  await expect(evidence.first()).toContainText('phone call with Jane Doe, spokesperson, 2026-11-30');
  await expect(evidence.first()).toContainText('Contact (this workspace only): jane.doe@port.example');

  // The port's annual report as a PDF: the quote is selected in its text.
  const pdf = Buffer.from(
    await makePdf([
      { type: 'heading', text: 'Port of Rotterdam annual report 2023' },
      { type: 'paragraph', text: `${QUOTE}, a fall of 7% from the year before.` },
    ]),
  );
  await panel.getByRole('button', { name: 'Add evidence…' }).click();
  await form.getByLabel('Kind of evidence').selectOption({ label: 'Document or image' });
  await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'annual-report.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(form.getByText(/^Uploaded annual-report\.pdf/)).toBeVisible({ timeout: 20_000 });
  await form.getByLabel('Title').fill('Annual report 2023');
  await selectInFileText(form.getByRole('document', { name: 'Text of the uploaded file' }), QUOTE);
  await expect(form.getByLabel('Quote', { exact: true })).toHaveValue(QUOTE);
  await form.getByRole('button', { name: 'Add evidence', exact: true }).click();
  await expect(evidence).toHaveCount(2);
  const report = evidence.nth(1);
  await expect(report).toContainText('Annual report 2023');
  await expect(report).toContainText(QUOTE);
  const readerHref = await report.getByRole('link', { name: 'Quote anchored in the file’s text' }).getAttribute('href');

  // The file is served to members as an attachment of its own type.
  const href = await report.getByRole('link', { name: 'Download annual-report.pdf' }).getAttribute('href');
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);

  // Verified on that evidence, and accepted by the reviewer.
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('verified');
  await panel.getByLabel('Rationale').fill('The port’s spokesperson and its annual report give 14.5 million.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  const other = reviewer.page;
  await other.goto(documentUrl);
  await other.getByRole('list', { name: 'Annotations in the text' }).getByRole('listitem').filter({ hasText: '14.5 million' }).click();
  await panelOf(other).getByRole('button', { name: 'Accept verdict' }).click();
  await expect(statusOf(panelOf(other))).toHaveText('Reviewed');
  await expect(panelOf(other).getByTestId('claim-verdict')).toHaveText('Verified');

  // The file's text as Margin read it, with the quote highlighted where it was selected.
  await page.goto(readerHref!);
  await expect(page.getByRole('article', { name: 'Text of the file' }).locator('mark')).toHaveText(QUOTE);
  await reviewer.context.close();
});
