// "Have we checked this already?" (issue 22): a claim marked in a new article shows the claim
// another article already had, in other words, with its verdict, date and a link; the checker
// links the two as the same claim and then sees the earlier verdict's rationale.
import { expect, test } from '@playwright/test';
import { markPassage } from './support/annotations';
import { panelOf, statusOf } from './support/desk';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

const EARLIER = 'Officials said the harbour of Gdańsk handled 16,500 containers in a single day last May.';
const LATER = 'Last May, in a single day, the harbour of Gdańsk handled 16.5k containers.';
const OTHER_FIGURE = 'The harbour of Gdańsk handled 1,650 containers in a single day last May.';

test('marking a claim shows the verdict an earlier article’s claim got, and links the two as the same claim', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  const earlierTitle = `Harbour records ${Date.now()}`;
  await importPastedText(page, slug, { title: earlierTitle, text: EARLIER });
  await markPassage(page, 'Officials said ', 'the harbour of Gdańsk handled 16,500 containers in a single day last May', 'Claim');
  const panel = panelOf(page);
  await panel.getByRole('button', { name: 'Start checking' }).click();
  await panel.getByRole('button', { name: 'Propose a verdict…' }).click();
  await panel.getByLabel('Verdict').selectOption('false');
  await panel.getByLabel('Rationale').fill('The port authority counted 9,800 that day.');
  await panel.getByRole('button', { name: 'Propose verdict' }).click();
  await expect(statusOf(panel)).toHaveText('Awaiting review');

  await importPastedText(page, slug, { title: `Harbour boom ${Date.now()}`, text: `${LATER}\n\n${OTHER_FIGURE}` });
  // a different figure is a different claim: nothing seen before
  await markPassage(page, '', OTHER_FIGURE.slice(0, -1), 'Claim');
  await expect(panel.getByTestId('claim-status')).toBeVisible();
  await expect(panel.getByTestId('claim-memory')).toBeVisible();
  await expect(panel.getByTestId('claim-match')).toHaveCount(0);

  await markPassage(page, '', LATER.slice(0, -1), 'Claim');
  const match = panel.getByTestId('claim-match');
  await expect(match).toHaveCount(1);
  await expect(match).toContainText('handled 16,500 containers');
  await expect(match.getByTestId('memory-verdict')).toHaveText('Proposed: False');
  await expect(match.getByRole('link', { name: earlierTitle })).toHaveAttribute('href', /\/documents\/[^/?]+\?annotation=/);

  await match.getByRole('button', { name: 'The same claim' }).click();
  const linked = panel.getByTestId('claim-linked');
  await expect(linked).toContainText('The port authority counted 9,800 that day.');
  await expect(panel.getByTestId('claim-match')).toHaveCount(0);

  // the board shows the two together
  await linked.locator('..').getByRole('link', { name: 'On the board' }).click();
  await expect(page.getByRole('table', { name: 'Claims' }).locator('tbody tr')).toHaveCount(2);
});
