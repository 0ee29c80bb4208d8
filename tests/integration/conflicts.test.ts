// No lost updates, against PostgreSQL: two people read the same version of an object and both
// write; the second write is refused (409, the shared "someone else changed this" message) and
// the row stays as the first writer left it. Also through the REST API (a JSON 409).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { reattachAnnotation } from '@/lib/server/annotations/reattach-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { deleteComment } from '@/lib/server/comments/delete-comment';
import { editComment } from '@/lib/server/comments/edit-comment';
import { updateDocumentMetadata } from '@/lib/server/documents/update-document-metadata';
import { removeEvidence } from '@/lib/server/evidence/remove-evidence';
import { changeMemberRole } from '@/lib/server/members/change-member-role';
import { removeMember } from '@/lib/server/members/remove-member';
import { createTag } from '@/lib/server/tags/create-tag';
import { deleteTag } from '@/lib/server/tags/delete-tag';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { updateTag } from '@/lib/server/tags/update-tag';
import { renameWorkspace } from '@/lib/server/workspaces/rename-workspace';
import { STALE_MESSAGE } from '@/lib/versioning';
import { action, call, desk, loadApi, makeToken } from './support/api-client';
import { addMember, makeUser } from './support/factories';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

beforeAll(loadApi);

const STALE = { code: 'stale', message: STALE_MESSAGE };
const metadata = { byline: null, originUrl: null, publishedAt: null };
const activities = (workspaceId: string, action: string) => getDb().activity.count({ where: { workspaceId, action } });

/** A desk with a second owner and an editor, so two people can write the same object. */
async function team() {
  const base = await desk();
  const [coOwner, editor] = [await makeUser(), await makeUser()];
  await addMember(base.workspace.id, coOwner.id, 'owner');
  await addMember(base.workspace.id, editor.id, 'editor');
  const ids = { workspaceId: base.workspace.id };
  const annotate = (userId = base.owner.id) =>
    createAnnotation({
      ...ids,
      userId,
      documentId: base.document.id,
      versionId: base.version.id,
      start: 0,
      end: 11,
      kind: 'figure',
      visibility: 'shared',
      tagIds: [],
    });
  return { ...base, coOwner, editor, ids, annotate };
}

describe('a stale write is refused and changes nothing', () => {
  it('document metadata: the second of two editors who read version 1 gets 409', async () => {
    const { owner, editor, ids, document, workspace } = await team();
    const read = await getDb().document.findUniqueOrThrow({ where: { id: document.id }, select: { version: true } });
    const first = await updateDocumentMetadata({
      ...ids,
      userId: owner.id,
      documentId: document.id,
      metadataVersion: read.version,
      ...metadata,
      title: 'Owner’s title',
    });
    expect(first).toEqual({ id: document.id, metadataVersion: read.version + 1 });
    await expect(
      updateDocumentMetadata({
        ...ids,
        userId: editor.id,
        documentId: document.id,
        metadataVersion: read.version,
        ...metadata,
        title: 'Editor’s title',
      }),
    ).rejects.toMatchObject(STALE);
    expect(await getDb().document.findUniqueOrThrow({ where: { id: document.id }, select: { title: true, version: true } })).toEqual({
      title: 'Owner’s title',
      version: read.version + 1,
    });
    expect(await activities(workspace.id, 'document.metadata_changed')).toBe(1);
    // Applied again on top of the current version, the editor's change goes through.
    await updateDocumentMetadata({
      ...ids,
      userId: editor.id,
      documentId: document.id,
      metadataVersion: read.version + 1,
      ...metadata,
      title: 'Editor’s title',
    });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: document.id } })).title).toBe('Editor’s title');
  });

  it('document metadata: two writes of the same version at the same moment, exactly one wins', async () => {
    const { owner, editor, ids, document } = await team();
    const results = await Promise.allSettled(
      [owner, editor].map((user) =>
        updateDocumentMetadata({
          ...ids,
          userId: user.id,
          documentId: document.id,
          metadataVersion: 1,
          ...metadata,
          title: `By ${user.id}`,
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: STALE });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: document.id } })).version).toBe(2);
  });

  it('tags: a rename, a delete and a merge based on an older version are refused', async () => {
    const { owner, editor, ids, workspace } = await team();
    const tag = await createTag({ ...ids, userId: owner.id, name: 'Navy', color: '#112233', parentId: null });
    const other = await createTag({ ...ids, userId: owner.id, name: 'Army', color: '#445566', parentId: null });
    await updateTag({
      ...ids,
      userId: owner.id,
      tagId: tag.id,
      version: tag.version,
      name: 'Naval forces',
      color: '#112233',
      parentId: null,
    });
    await expect(
      updateTag({ ...ids, userId: editor.id, tagId: tag.id, version: tag.version, name: 'Fleet', color: '#ff0000', parentId: null }),
    ).rejects.toMatchObject(STALE);
    await expect(deleteTag({ ...ids, userId: editor.id, tagId: tag.id, version: tag.version })).rejects.toMatchObject(STALE);
    await expect(
      mergeTags({ ...ids, userId: editor.id, sourceTagId: tag.id, sourceVersion: tag.version, targetTagId: other.id }),
    ).rejects.toMatchObject(STALE);
    expect(await getDb().tag.findUniqueOrThrow({ where: { id: tag.id }, select: { name: true, color: true, version: true } })).toEqual({
      name: 'Naval forces',
      color: '#112233',
      version: 2,
    });
    expect(await getDb().tag.count({ where: { workspaceId: workspace.id } })).toBe(2);
    expect(await activities(workspace.id, 'tag.updated')).toBe(1);
  });

  it('workspace: the second rename based on the same version is refused', async () => {
    const { owner, coOwner, workspace } = await team();
    await renameWorkspace({ actorId: owner.id, workspaceId: workspace.id, version: 1, name: 'Desk A' });
    await expect(renameWorkspace({ actorId: coOwner.id, workspaceId: workspace.id, version: 1, name: 'Desk B' })).rejects.toMatchObject(
      STALE,
    );
    expect(await getDb().workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { name: true, version: true } })).toEqual({
      name: 'Desk A',
      version: 2,
    });
  });

  it('membership: two owners changing the same member’s role; a removal based on the old role', async () => {
    const { owner, coOwner, checker, workspace } = await team();
    const membership = await getDb().membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: checker.id } });
    await changeMemberRole({
      actorId: owner.id,
      workspaceId: workspace.id,
      membershipId: membership.id,
      version: membership.version,
      role: 'editor',
    });
    await expect(
      changeMemberRole({
        actorId: coOwner.id,
        workspaceId: workspace.id,
        membershipId: membership.id,
        version: membership.version,
        role: 'viewer',
      }),
    ).rejects.toMatchObject(STALE);
    await expect(
      removeMember({ actorId: coOwner.id, workspaceId: workspace.id, membershipId: membership.id, version: membership.version }),
    ).rejects.toMatchObject(STALE);
    expect(await getDb().membership.findUniqueOrThrow({ where: { id: membership.id }, select: { role: true, version: true } })).toEqual({
      role: 'editor',
      version: 2,
    });
    expect(await activities(workspace.id, 'membership.role_changed')).toBe(1);
  });

  it('comments: an edit and a delete based on the words before someone’s edit are refused', async () => {
    const { owner, editor, ids, annotate } = await team();
    const annotation = await annotate();
    const comment = await createComment({
      ...ids,
      userId: owner.id,
      annotationId: annotation.id,
      parentId: null,
      body: 'Where is this from?',
    });
    await editComment({ ...ids, userId: owner.id, commentId: comment.id, version: 1, body: 'Where is this figure from?' });
    await expect(editComment({ ...ids, userId: owner.id, commentId: comment.id, version: 1, body: 'Source?' })).rejects.toMatchObject(
      STALE,
    );
    await expect(deleteComment({ ...ids, userId: editor.id, role: 'editor', commentId: comment.id, version: 1 })).rejects.toMatchObject(
      STALE,
    );
    expect(
      await getDb().comment.findUniqueOrThrow({ where: { id: comment.id }, select: { body: true, deletedAt: true, version: true } }),
    ).toEqual({
      body: 'Where is this figure from?',
      deletedAt: null,
      version: 2,
    });
  });

  it('annotations: a reattachment and a delete based on an older version are refused', async () => {
    const { owner, editor, ids, annotate, version } = await team();
    const annotation = await annotate();
    await reattachAnnotation({
      ...ids,
      userId: owner.id,
      annotationId: annotation.id,
      versionId: version.id,
      start: 12,
      end: 19,
      version: 1,
    });
    await expect(
      reattachAnnotation({ ...ids, userId: editor.id, annotationId: annotation.id, versionId: version.id, start: 20, end: 27, version: 1 }),
    ).rejects.toMatchObject(STALE);
    await expect(
      deleteAnnotation({ ...ids, userId: editor.id, role: 'editor', annotationId: annotation.id, version: 1 }),
    ).rejects.toMatchObject(STALE);
    const anchor = await getDb().annotationAnchor.findUniqueOrThrow({
      where: { annotationId_versionId: { annotationId: annotation.id, versionId: version.id } },
    });
    expect({ start: anchor.start, end: anchor.end }).toEqual({ start: 12, end: 19 });
    expect((await getDb().annotation.findUniqueOrThrow({ where: { id: annotation.id } })).version).toBe(2);
  });

  it('evidence: a removal based on an older version is refused', async () => {
    const { owner, ids, annotate, workspace } = await team();
    const claimId = (await annotate()).claim!.id;
    const token = await makeToken(owner.id, workspace.slug, 'editor');
    const added = await call('POST', '/api/v1/claims/{claimId}/evidence', {
      token: token.secret,
      params: { claimId },
      body: { url: 'https://www.state.gov/briefings/', stance: 'context' },
    });
    expect(added.status).toBe(201);
    // Someone else changes the evidence (no screen edits evidence yet: the row is bumped directly).
    await getDb().evidence.update({ where: { id: added.json.id }, data: { quote: 'A new quote', version: { increment: 1 } } });
    await expect(removeEvidence({ ...ids, userId: owner.id, evidenceId: added.json.id, version: 1 })).rejects.toMatchObject(STALE);
    expect(await getDb().evidence.count({ where: { id: added.json.id } })).toBe(1);
  });
});

describe('a form posting an older version', () => {
  it('gets the refusal as its result (what the page shows), and the newer state stays', async () => {
    const { owner, editor, workspace, document } = await team();
    const { updateDocumentMetadataAction } = await import('@/lib/actions/documents');
    const form = (title: string, version: number) => {
      const data = new FormData();
      for (const [name, value] of Object.entries({
        workspace: workspace.slug,
        documentId: document.id,
        metadataVersion: String(version),
        title,
      }))
        data.set(name, value);
      return data;
    };
    expect(await action(owner.id, () => updateDocumentMetadataAction(form('Owner’s', 1)))).toMatchObject({ ok: true });
    expect(await action(editor.id, () => updateDocumentMetadataAction(form('Editor’s', 1)))).toEqual({
      ok: false,
      code: 'stale',
      error: STALE_MESSAGE,
    });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: document.id } })).title).toBe('Owner’s');
  });
});

describe('the REST API answers a stale version with a JSON 409', () => {
  it('PATCH /api/v1/documents/{id}: metadataVersion read, edited by someone else, then refused', async () => {
    const { owner, editor, workspace, document } = await team();
    const [mine, theirs] = [await makeToken(owner.id, workspace.slug, 'editor'), await makeToken(editor.id, workspace.slug, 'editor')];
    const read = await call('GET', '/api/v1/documents/{documentId}', { token: mine.secret, params: { documentId: document.id } });
    expect(read.json.metadataVersion).toBe(1);
    const first = await call('PATCH', '/api/v1/documents/{documentId}', {
      token: theirs.secret,
      params: { documentId: document.id },
      body: { metadataVersion: 1, title: 'Theirs' },
    });
    expect(first).toEqual({ status: 200, json: { id: document.id, metadataVersion: 2 } });
    const stale = await call('PATCH', '/api/v1/documents/{documentId}', {
      token: mine.secret,
      params: { documentId: document.id },
      body: { metadataVersion: 1, title: 'Mine' },
    });
    expect(stale).toEqual({ status: 409, json: { code: 'stale', error: STALE_MESSAGE } });
    const missing = await call('PATCH', '/api/v1/documents/{documentId}', {
      token: mine.secret,
      params: { documentId: document.id },
      body: { title: 'No version' },
    });
    expect(missing.status).toBe(422);
    expect((await getDb().document.findUniqueOrThrow({ where: { id: document.id } })).title).toBe('Theirs');
  });

  it('PATCH /api/v1/claims/{id}: a statement based on an older version of the claim', async () => {
    const { owner, editor, annotate, workspace } = await team();
    const claimId = (await annotate()).claim!.id;
    const [mine, theirs] = [await makeToken(owner.id, workspace.slug, 'editor'), await makeToken(editor.id, workspace.slug, 'editor')];
    const path = { params: { claimId } };
    expect(
      (await call('PATCH', '/api/v1/claims/{claimId}', { token: theirs.secret, ...path, body: { version: 1, statement: 'Theirs.' } }))
        .status,
    ).toBe(200);
    const stale = await call('PATCH', '/api/v1/claims/{claimId}', {
      token: mine.secret,
      ...path,
      body: { version: 1, statement: 'Mine.' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('stale');
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claimId } })).statement).toBe('Theirs.');
  });

  it('DELETE /api/v1/evidence/{id}?version=: refused when it changed since, removed with the current one', async () => {
    const { owner, annotate, workspace } = await team();
    const claimId = (await annotate()).claim!.id;
    const token = await makeToken(owner.id, workspace.slug, 'editor');
    const added = await call('POST', '/api/v1/claims/{claimId}/evidence', {
      token: token.secret,
      params: { claimId },
      body: { url: 'https://www.state.gov/briefings/', stance: 'context' },
    });
    await getDb().evidence.update({ where: { id: added.json.id }, data: { version: { increment: 1 } } });
    const stale = await call('DELETE', '/api/v1/evidence/{evidenceId}', {
      token: token.secret,
      params: { evidenceId: added.json.id },
      query: { version: '1' },
    });
    expect(stale).toEqual({ status: 409, json: { code: 'stale', error: STALE_MESSAGE } });
    expect(await getDb().evidence.count({ where: { id: added.json.id } })).toBe(1);
    const current = await call('DELETE', '/api/v1/evidence/{evidenceId}', {
      token: token.secret,
      params: { evidenceId: added.json.id },
      query: { version: '2' },
    });
    expect(current.status).toBe(204);
  });
});
