import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { markPassage } from './support/annotations';
import { importPastedText } from './support/documents';
import { createWorkspace } from './support/teams';

const TEXT = 'The navy will buy four submarines by 2030.';

/** `count` more claims on the workspace's document, written straight into the test database, one minute apart. */
async function addClaims(slug: string, count: number) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ workspaceId: string; documentId: string; versionId: string }>(
      `SELECT a."workspaceId", a."documentId", a."versionId" FROM "Annotation" a JOIN "Workspace" w ON w.id = a."workspaceId"
       WHERE w.slug = $1 LIMIT 1`,
      [slug],
    );
    const { workspaceId, documentId, versionId } = rows[0]!;
    const ids = Array.from({ length: count }, () => `e2e${randomBytes(10).toString('hex')}`);
    const times = ids.map((_, index) => new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString());
    await client.query(
      `INSERT INTO "Annotation" (id, "workspaceId", "documentId", "versionId", kind, exact, prefix, suffix, start, "end", "updatedAt")
       SELECT id, $2, $3, $4, 'claim', 'four submarines', '', '', 22, 37, now() FROM unnest($1::text[]) AS id`,
      [ids, workspaceId, documentId, versionId],
    );
    await client.query(
      `INSERT INTO "Claim" (id, "workspaceId", "annotationId", statement, "updatedAt")
       SELECT 'c' || id, $2, id, 'Submarine order ' || n, at::timestamp FROM unnest($1::text[], $3::text[]) WITH ORDINALITY AS x(id, at, n)`,
      [ids, workspaceId, times],
    );
  } finally {
    await client.end();
  }
}

test('the claim board pages on and back, to the last page and the first', async ({ page }) => {
  const { slug } = await createWorkspace(page);
  await importPastedText(page, slug, { title: 'Navy', text: TEXT });
  await markPassage(page, 'The navy will buy ', 'four submarines', 'Claim');
  await addClaims(slug, 52); // 53 claims: two pages, the second of three

  await page.goto(`/w/${slug}/claims`);
  const rows = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(page.getByText('1–50 of 53 claims')).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expect(pages).toContainText('Page 1 of 2');
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByText('51–53 of 53 claims')).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(pages).toContainText('Page 2 of 2');
  await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  // The oldest claims come last in the default order (newest change first).
  await expect(rows.last()).toContainText('Submarine order 1');

  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(page.getByText('1–50 of 53 claims')).toBeVisible();
  await expect(rows.first()).not.toContainText('Submarine order 1');

  await pages.getByRole('link', { name: 'Last page' }).click();
  await expect(page.getByText('51–53 of 53 claims')).toBeVisible();
  await expect(rows).toHaveCount(3);

  // Filtering starts from the first page again: the form carries no cursor.
  const filters = page.getByRole('search', { name: 'Filter claims' });
  await filters.getByLabel('Search').fill('submarine');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('1–50 of 53 claims')).toBeVisible();
  await expect(page).not.toHaveURL(/before=|after=/);
  await pages.getByRole('link', { name: 'Last page' }).click();
  await expect(page.getByText('51–53 of 53 claims')).toBeVisible();
  await pages.getByRole('link', { name: 'First page' }).click();
  await expect(page.getByText('1–50 of 53 claims')).toBeVisible();
  await expect(page).toHaveURL(/q=submarine/);
});
