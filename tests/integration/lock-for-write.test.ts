// lockForWrite against PostgreSQL: a row is found only in the caller's workspace (for tables
// scoped by their own column, through their parent, and the workspace itself), an older
// `expected` version is refused as stale, and two transactions locking one row take turns.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { importDocument } from '@/lib/server/documents/import-document';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { createTag } from '@/lib/server/tags/create-tag';
import { lockForWrite, type LockableTable } from '@/lib/server/versioning/lock-for-write';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { makeUser, makeWorkspace } from './support/factories';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia.';

/** A workspace with one row of each kind the tests lock: a tag, a claim, a comment, evidence. */
async function workspaceWithRows() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const ids = { workspaceId: workspace.id, userId: owner.id };
  const document = await importDocument({ ...ids, imported: importPlainText(TEXT), origin: 'paste' });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const annotation = await createAnnotation({
    ...ids,
    documentId: document.id,
    versionId: version.id,
    start: 24,
    end: 46,
    kind: 'figure',
    visibility: 'shared',
    tagIds: [],
  });
  const tag = await createTag({ ...ids, name: 'Navy', color: '#112233', parentId: null });
  const comment = await createComment({ ...ids, annotationId: annotation.id, parentId: null, body: 'Where is this from?' });
  const evidence = await addEvidence({
    ...ids,
    claimId: annotation.claim!.id,
    source: normalizeSourceUrl('https://example.org/report'),
    stance: 'context',
    quote: null,
  });
  const rows: Record<LockableTable, string> = {
    Annotation: annotation.id,
    Claim: annotation.claim!.id,
    Document: document.id,
    Membership: (await getDb().membership.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } })).id,
    Source: (await getDb().source.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } })).id,
    Tag: tag.id,
    Workspace: workspace.id,
    Comment: comment.id,
    Evidence: evidence.id,
    Webhook: (
      await getDb().webhook.create({
        data: { workspaceId: workspace.id, url: 'https://hooks.example.org/margin', events: ['claim.proposed'], secretSealed: 'x' },
        select: { id: true },
      })
    ).id,
  };
  return { workspace, rows };
}

const lock = (options: Parameters<typeof lockForWrite>[1]) => getDb().$transaction((tx) => lockForWrite(tx, options));
const TABLES = [
  'Annotation',
  'Claim',
  'Document',
  'Membership',
  'Source',
  'Tag',
  'Workspace',
  'Comment',
  'Evidence',
  'Webhook',
] as const satisfies LockableTable[];

describe('lockForWrite', () => {
  it('locks a row of the workspace and returns its version', async () => {
    const { workspace, rows } = await workspaceWithRows();
    for (const table of TABLES) {
      await expect(lock({ table, id: rows[table], workspaceId: workspace.id, expected: 1 }), table).resolves.toBe(1);
    }
  });

  it('does not find another workspace’s row, even with a version that would be stale', async () => {
    const mine = await workspaceWithRows();
    const theirs = await workspaceWithRows();
    for (const table of TABLES) {
      await expect(lock({ table, id: theirs.rows[table], workspaceId: mine.workspace.id, what: 'This row' }), table).rejects.toMatchObject({
        code: 'not_found',
        message: 'This row was not found.',
      });
      await expect(lock({ table, id: theirs.rows[table], workspaceId: mine.workspace.id, expected: 99 }), table).rejects.toMatchObject({
        code: 'not_found',
      });
    }
  });

  it('refuses a write based on an older version as stale, with the message given', async () => {
    const { workspace, rows } = await workspaceWithRows();
    await getDb().tag.update({ where: { id: rows.Tag }, data: { version: { increment: 1 } } });
    await expect(lock({ table: 'Tag', id: rows.Tag, workspaceId: workspace.id, expected: 1 })).rejects.toMatchObject({ code: 'stale' });
    await getDb().evidence.update({ where: { id: rows.Evidence }, data: { version: { increment: 1 } } });
    await expect(
      lock({ table: 'Evidence', id: rows.Evidence, workspaceId: workspace.id, expected: 1, staleMessage: 'Changed meanwhile.' }),
    ).rejects.toMatchObject({
      code: 'stale',
      message: 'Changed meanwhile.',
    });
    await expect(lock({ table: 'Tag', id: rows.Tag, workspaceId: workspace.id, expected: 2 })).resolves.toBe(2);
    await expect(lock({ table: 'Tag', id: rows.Tag, workspaceId: workspace.id })).resolves.toBe(2);
  });

  it('makes a second transaction wait for the first, which then finds the row moved on', async () => {
    const { workspace, rows } = await workspaceWithRows();
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const firstHoldsLock = new Promise<void>((resolve) => (firstLocked = resolve));

    const first = getDb().$transaction(async (tx) => {
      await lockForWrite(tx, { table: 'Comment', id: rows.Comment, workspaceId: workspace.id, expected: 1 });
      order.push('first locked');
      firstLocked();
      await firstMayCommit;
      await tx.comment.update({ where: { id: rows.Comment }, data: { body: 'First', version: { increment: 1 } } });
      order.push('first wrote');
    });
    await firstHoldsLock;
    const second = getDb().$transaction(async (tx) => {
      const version = await lockForWrite(tx, { table: 'Comment', id: rows.Comment, workspaceId: workspace.id });
      order.push(`second locked version ${version}`);
      return lockForWrite(tx, { table: 'Comment', id: rows.Comment, workspaceId: workspace.id, expected: 1 });
    });
    // The second transaction is blocked on the row while the first holds it: wait until PostgreSQL says so.
    await expect
      .poll(async () => {
        const [row] = await getDb().$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return row!.waiting;
      })
      .toBeGreaterThanOrEqual(1);
    expect(order).toEqual(['first locked']);
    releaseFirst();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'stale' });
    expect(order).toEqual(['first locked', 'first wrote', 'second locked version 2']);
  });
});
