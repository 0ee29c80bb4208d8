import { expect, test } from '@playwright/test';
import { acceptFigureSuggestion, desk, panelOf, statusOf } from './support/desk';

const LIVE_TIMEOUT = { timeout: 15_000 };

test('a verdict asked of one reviewer waits in their My work, and comes back to the proposer’s with the reason', async ({
  page,
  browser,
}) => {
  const { slug, reviewer } = await desk(page, browser);
  await acceptFigureSuggestion(page);
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await expect(statusOf(panel)).toHaveText('In progress');
  // Whoever starts checking an unassigned claim takes it.
  await expect(panel.getByLabel('Assigned to').locator('option:checked')).toHaveText('Dana Demo');

  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('false');
  await panel.getByLabel('Rationale').fill('The briefing gives another figure.');
  await panel.getByLabel('Ask for a review by').selectOption({ label: reviewer.account.name });
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');
  await expect(panel.getByTestId('claim-requested-reviewer')).toHaveText(`Review asked of ${reviewer.account.name}`);

  // Dana's own My work: nothing assigned any more, nothing to review (it was asked of the checker).
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'My work' }).click();
  await expect(page.getByRole('heading', { name: 'My work', level: 1 })).toBeVisible();
  await expect(page.getByTestId('my-assigned-count')).toHaveText('(0)');
  await expect(page.getByTestId('my-reviews-count')).toHaveText('(0)');
  await expect(page.getByTestId('my-sent-back-count')).toHaveText('(0)');

  // The checker's bell counts the request; their My work lists it and opens the claim.
  const other = reviewer.page;
  await other.goto(`/w/${slug}/my-work`);
  await expect(other.getByTestId('unread-count')).toHaveText('1');
  await expect(other.getByTestId('my-reviews-count')).toHaveText('(1)');
  const request = other.getByTestId('my-reviews').getByRole('listitem');
  await expect(request).toContainText('16,500');
  await expect(request).toContainText('Proposed by Dana Demo');
  await expect(request).toContainText('asked of you');
  await request.getByRole('link').click();
  await expect(other).toHaveURL(/\/documents\/[^/?]+\?annotation=/);
  // The row opens the document with its claim open.
  const reviewPanel = panelOf(other);
  await expect(statusOf(reviewPanel)).toHaveText('Awaiting review');

  // Dana watches her My work while the checker sends the verdict back.
  await page.reload();
  await reviewPanel.getByRole('button', { name: 'Send back…' }).click();
  await reviewPanel.getByLabel('Why send it back?').fill('The briefing says 16,500: check the date.');
  await reviewPanel.getByRole('button', { name: 'Send back', exact: true }).click();
  await expect(statusOf(reviewPanel)).toHaveText('In progress');

  await expect(page.getByTestId('my-sent-back-count')).toHaveText('(1)', LIVE_TIMEOUT);
  await expect(page.getByTestId('sent-back-reason')).toContainText('The briefing says 16,500: check the date.');
  await expect(page.getByTestId('my-assigned-count')).toHaveText('(1)');
  await other.goto(`/w/${slug}/my-work`);
  await expect(other.getByTestId('my-reviews-count')).toHaveText('(0)');
  await reviewer.context.close();
});
