// Private stays private in the record: what happens to a member's private note and its
// discussion is in the audit trail for them alone, and no list or count shows it to anyone else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { getClaim } from '@/lib/server/claims/get-claim';
import { createComment } from '@/lib/server/comments/create-comment';
import { deleteComment } from '@/lib/server/comments/delete-comment';
import { editComment } from '@/lib/server/comments/edit-comment';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { createTag } from '@/lib/server/tags/create-tag';
import { listTags } from '@/lib/server/tags/list-tags';
import { splitSqlScript } from '../../scripts/db/split-sql-script';
import { MIGRATIONS_DIR } from '../../scripts/db/migrations-dir';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia since 2023.';
const SECRETS = ['my hunch about munitions', 'my better hunch', 'ask the embassy quietly'];

/** A desk: an owner, Ana and Ben (checkers), a viewer, a document with a shared figure Ben marked. */
async function desk() {
  const [owner, ana, ben, viewer] = await Promise.all([
    makeUser({ name: 'Olga Owner' }),
    makeUser({ name: 'Ana Checker' }),
    makeUser({ name: 'Ben Checker' }),
    makeUser({ name: 'Vic Viewer' }),
  ]);
  const workspace = await makeWorkspace(owner.id);
  await addMember(workspace.id, ana.id, 'checker');
  await addMember(workspace.id, ben.id, 'checker');
  await addMember(workspace.id, viewer.id, 'viewer');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Munitions',
    blocks: [{ type: 'paragraph', text: TEXT }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const mark = (userId: string, quote: string, kind: 'figure' | 'note', visibility: 'shared' | 'private', tagIds: string[] = []) => {
    const start = TEXT.indexOf(quote);
    return createAnnotation({
      workspaceId: workspace.id,
      userId,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind,
      visibility,
      tagIds,
    });
  };
  const figure = await mark(ben.id, 'over 16,500 containers', 'figure', 'shared');
  await createComment({ workspaceId: workspace.id, userId: ben.id, annotationId: figure.id, parentId: null, body: 'Source?' });
  const others = { owner, ben, viewer };
  return { owner, ana, ben, viewer, others, workspace, document, figure, mark };
}

/** Ana's private note on “munitions”: two comments, one edited, one deleted, then the note deleted. */
async function privateDiscussion({ workspace, ana, mark }: Awaited<ReturnType<typeof desk>>) {
  const note = await mark(ana.id, 'munitions', 'note', 'private');
  const ids = { workspaceId: workspace.id, userId: ana.id };
  const kept = await createComment({ ...ids, annotationId: note.id, parentId: null, body: SECRETS[0]! });
  await editComment({ ...ids, commentId: kept.id, version: kept.version, body: SECRETS[1]! });
  const dropped = await createComment({ ...ids, annotationId: note.id, parentId: null, body: SECRETS[2]! });
  await deleteComment({ ...ids, role: 'checker', commentId: dropped.id });
  await deleteAnnotation({ ...ids, role: 'checker', annotationId: note.id });
  return { note, entityIds: [note.id, kept.id, dropped.id] };
}

const recent = (workspaceId: string, documentId: string, userId: string, take?: number) =>
  listDocumentActivity({ workspaceId, documentId, userId, take });

describe('activity of a private note', () => {
  it('its comments, their edits and deletions and its own deletion reach no other member’s recent activity', async () => {
    const d = await desk();
    const { entityIds } = await privateDiscussion(d);
    for (const member of Object.values(d.others)) {
      const seen = await recent(d.workspace.id, d.document.id, member.id);
      expect(seen.map((entry) => entry.action)).toEqual(['comment.created', 'annotation.created', 'document.created']);
      expect(seen.filter((entry) => entityIds.includes(entry.entityId))).toEqual([]);
      const text = JSON.stringify(seen);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(text).not.toContain('"munitions"');
    }
  });

  it('stays in its author’s own recent activity', async () => {
    const d = await desk();
    const { entityIds } = await privateDiscussion(d);
    const seen = await recent(d.workspace.id, d.document.id, d.ana.id);
    expect(seen.filter((entry) => entityIds.includes(entry.entityId)).map((entry) => entry.action)).toEqual([
      'annotation.deleted',
      'comment.deleted',
      'comment.created',
      'comment.edited',
      'comment.created',
      'annotation.created',
    ]);
    expect(JSON.stringify(seen)).toContain(SECRETS[1]);
  });

  it('is written for its author alone, and the shared trail is not', async () => {
    const d = await desk();
    const { entityIds } = await privateDiscussion(d);
    const rows = await getDb().$queryRaw<{ entityId: string; visibleToId: string | null }[]>`
      SELECT "entityId", "visibleToId" FROM "Activity" WHERE "documentId" = ${d.document.id}`;
    expect(rows.filter((row) => entityIds.includes(row.entityId)).map((row) => row.visibleToId)).toEqual(Array(6).fill(d.ana.id));
    expect(rows.filter((row) => !entityIds.includes(row.entityId)).map((row) => row.visibleToId)).toEqual(Array(3).fill(null));
  });

  it('leaves the others’ last entries whole however much the author writes (the filter is in the query)', async () => {
    const d = await desk();
    const note = await d.mark(d.ana.id, 'munitions', 'note', 'private');
    for (let i = 0; i < 10; i++) {
      await createComment({ workspaceId: d.workspace.id, userId: d.ana.id, annotationId: note.id, parentId: null, body: `thought ${i}` });
    }
    const seen = await recent(d.workspace.id, d.document.id, d.ben.id, 2);
    expect(seen.map((entry) => entry.action)).toEqual(['comment.created', 'annotation.created']);
  });

  it('is not in a claim’s history, which keeps the shared discussion', async () => {
    const d = await desk();
    await privateDiscussion(d);
    const claim = await getDb().claim.findFirstOrThrow({ where: { annotationId: d.figure.id }, select: { id: true } });
    const { activities } = await getClaim({ workspaceId: d.workspace.id, userId: d.viewer.id, claimId: claim.id });
    expect(activities.map((entry) => entry.action)).toEqual(['annotation.created', 'comment.created']);
  });

  it('written before the column existed is hidden by the migration’s backfill', async () => {
    const d = await desk();
    const { entityIds } = await privateDiscussion(d);
    const live = await d.mark(d.ana.id, 'Russia', 'note', 'private');
    const comment = await createComment({
      workspaceId: d.workspace.id,
      userId: d.ana.id,
      annotationId: live.id,
      parentId: null,
      body: 'still private',
    });
    await editComment({
      workspaceId: d.workspace.id,
      userId: d.ana.id,
      commentId: comment.id,
      version: comment.version,
      body: 'still mine',
    });
    // As the rows were before: visible to every member.
    await getDb().$executeRaw`UPDATE "Activity" SET "visibleToId" = NULL WHERE "documentId" = ${d.document.id}`;
    expect((await recent(d.workspace.id, d.document.id, d.ben.id)).length).toBe(12);

    const folder = fs.readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith('_activity_visibility'))!;
    const script = fs.readFileSync(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), 'utf8');
    const backfill = script.slice(script.indexOf('-- Backfill'));
    for (const statement of splitSqlScript(backfill)) await getDb().$executeRawUnsafe(statement);

    for (const member of Object.values(d.others)) {
      const seen = await recent(d.workspace.id, d.document.id, member.id);
      expect(seen.map((entry) => entry.action)).toEqual(['comment.created', 'annotation.created', 'document.created']);
    }
    const own = await recent(d.workspace.id, d.document.id, d.ana.id);
    expect(own.filter((entry) => [...entityIds, live.id, comment.id].includes(entry.entityId))).toHaveLength(9);
  });
});

describe('counts of annotations', () => {
  it('the documents list counts shared annotations and the viewer’s own private notes only', async () => {
    const d = await desk();
    await d.mark(d.ana.id, 'munitions', 'note', 'private');
    await d.mark(d.ana.id, 'Russia', 'note', 'private');
    await d.mark(d.ben.id, 'since 2023', 'note', 'private');
    const countFor = async (userId: string) =>
      (await listDocuments({ userId, workspaceId: d.workspace.id })).find((document) => document.id === d.document.id)!.annotationCount;
    expect(await countFor(d.ana.id)).toBe(3);
    expect(await countFor(d.ben.id)).toBe(2);
    expect(await countFor(d.owner.id)).toBe(1);
    expect(await countFor(d.viewer.id)).toBe(1);
  });

  it('a tag’s usage counts no other member’s private notes', async () => {
    const d = await desk();
    const tag = await createTag({ workspaceId: d.workspace.id, userId: d.owner.id, name: 'hunch', color: '#888888', parentId: null });
    await d.mark(d.ana.id, 'munitions', 'note', 'private', [tag.id]);
    await d.mark(d.ben.id, 'Russia', 'note', 'shared', [tag.id]);
    const usageFor = async (userId: string) =>
      (await listTags({ userId, workspaceId: d.workspace.id })).find((row) => row.id === tag.id)!.usage;
    expect(await usageFor(d.ana.id)).toBe(2);
    expect(await usageFor(d.viewer.id)).toBe(1);
    expect(await usageFor(d.ben.id)).toBe(1);
  });

  it('a new version’s notice and its record count no other member’s private notes', async () => {
    const d = await desk();
    await d.mark(d.ana.id, 'munitions', 'note', 'private');
    const save = (userId: string, text: string) =>
      createVersion({
        workspaceId: d.workspace.id,
        userId,
        documentId: d.document.id,
        origin: 'edit',
        blocks: [{ type: 'paragraph', text }],
      });
    const byBen = await save(d.ben.id, `Reportedly, ${TEXT}`);
    expect(byBen.annotations).toEqual({ anchored: 0, moved: 1, orphaned: 0 });
    const byAna = await save(d.ana.id, `Officials say: ${TEXT}`);
    expect(byAna.annotations).toEqual({ anchored: 0, moved: 2, orphaned: 0 });
    const records = await getDb().activity.findMany({
      where: { documentId: d.document.id, action: 'document.version_created' },
      orderBy: { id: 'asc' },
      select: { after: true },
    });
    expect(records.map((record) => (record.after as { annotations: unknown }).annotations)).toEqual([
      { anchored: 0, moved: 1, orphaned: 0 },
      { anchored: 0, moved: 1, orphaned: 0 },
    ]);
  });
});
