import { expect, test } from '@playwright/test';
import { openFromList } from './support/annotations';
import { acceptFigureSuggestion, desk, panelOf, statusOf } from './support/desk';

test('two people take a suggested figure to a reviewed verdict, with evidence, a discussion and its history', async ({ page, browser }) => {
  const { reviewer, documentUrl } = await desk(page, browser);
  await acceptFigureSuggestion(page);
  const panel = panelOf(page);
  await expect(panel.getByTestId('claim-figure')).toContainText('16,500 · containers');
  await expect(statusOf(panel)).toHaveText('Unchecked');

  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(statusOf(panel)).toHaveText('In progress');

  // “Verified” without a supporting source is refused, and what was typed stays.
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('verified');
  await panel.getByLabel('Rationale').fill('Matches the State Department briefing.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(panel.getByRole('alert')).toHaveText('A claim can only be verified with at least one piece of evidence that supports it.');
  await expect(panel.getByLabel('Rationale')).toHaveValue('Matches the State Department briefing.');

  await panel.getByRole('button', { name: 'Add evidence…' }).click();
  await panel.getByLabel('Source address').fill('https://www.politico.eu/article/north-korea-munitions/');
  await panel.getByLabel('Quote from the source').fill('North Korea has shipped over 16,500 containers of munitions');
  await panel.getByRole('button', { name: 'Add evidence', exact: true }).click();
  await expect(panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');
  // The proposer cannot review their own verdict.
  await expect(panel.getByRole('button', { name: 'Accept verdict' })).toHaveCount(0);

  // A comment that mentions the reviewer.
  const thread = page.getByTestId('comment-thread');
  const box = thread.getByLabel('Add a comment');
  await box.fill(`Please review, @${reviewer.account.name.split(' ')[0]}`);
  await page
    .getByRole('listbox', { name: 'Members to mention' })
    .getByRole('option', { name: new RegExp(reviewer.account.name) })
    .click();
  await thread.getByRole('button', { name: 'Comment' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(1);

  // The reviewer is notified, opens the mention and reviews.
  const other = reviewer.page;
  await other.goto('/notifications');
  await other
    .getByRole('link', { name: /mentioned you/ })
    .first()
    .click();
  await expect(other).toHaveURL(new RegExp(`${new URL(documentUrl).pathname}\\?annotation=`));
  const reviewPanel = panelOf(other);
  await expect(statusOf(reviewPanel)).toHaveText('Awaiting review');
  await other.getByTestId('comment-thread').getByRole('button', { name: 'Reply' }).click();
  await other
    .getByTestId('comment-thread')
    .getByLabel(/^Reply to /)
    .fill('The briefing says the same: accepted.');
  await other.getByTestId('comment-thread').getByRole('button', { name: 'Reply' }).last().click();
  await reviewPanel.getByRole('button', { name: 'Accept verdict' }).click();
  await expect(statusOf(reviewPanel)).toHaveText('Reviewed');
  await expect(reviewPanel.getByTestId('claim-verdict')).toHaveText('Verified');

  // Back with the proposer: the verdict, the reply and the whole history.
  await page.reload();
  await openFromList(page, '16,500'); // the address still names it: the reload kept it open
  await expect(statusOf(panel)).toHaveText('Reviewed');
  await expect(page.getByTestId('comment-thread').getByTestId('comment')).toHaveCount(2);
  // Reviewed: what the verdict judged is locked until someone reopens the claim.
  await expect(panel.getByTestId('claim-lock-notice')).toContainText('This claim was reviewed');
  await expect(panel.getByRole('button', { name: 'Edit statement' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add evidence…' })).toHaveCount(0);
  const history = panel.getByRole('list', { name: 'History' });
  await panel.getByText(/^History/).click();
  for (const step of ['marked it in the text', 'started checking', 'added a source', 'proposed a verdict', 'accepted the verdict']) {
    await expect(history).toContainText(step);
  }
  await reviewer.context.close();
});

test('the second of two people editing one claim at once is told, and keeps what they typed', async ({ page, browser }) => {
  const { reviewer, documentUrl } = await desk(page, browser);
  await acceptFigureSuggestion(page);
  const other = reviewer.page;
  await other.goto(documentUrl);
  await openFromList(other, '16,500');

  for (const someone of [page, other]) await panelOf(someone).getByRole('button', { name: 'Edit statement' }).click();
  await panelOf(page).getByLabel('Statement').fill('North Korea has shipped more than 16,500 containers to Russia.');
  await panelOf(page).getByRole('button', { name: 'Save statement' }).click();
  await expect(panelOf(page).getByTestId('claim-statement')).toHaveText('North Korea has shipped more than 16,500 containers to Russia.');

  await panelOf(other).getByLabel('Statement').fill('Over 16,500 containers of munitions went from North Korea to Russia.');
  await panelOf(other).getByRole('button', { name: 'Save statement' }).click();
  await expect(panelOf(other).getByRole('alert')).toContainText('Someone else changed this claim');
  await expect(panelOf(other).getByLabel('Statement')).toHaveValue('Over 16,500 containers of munitions went from North Korea to Russia.');
  // Told, and shown the newer claim, they save again: now theirs applies.
  await panelOf(other).getByRole('button', { name: 'Save statement' }).click();
  await expect(panelOf(other).getByTestId('claim-statement')).toHaveText(
    'Over 16,500 containers of munitions went from North Korea to Russia.',
  );
  await reviewer.context.close();
});
