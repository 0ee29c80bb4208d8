import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { getMembershipOrThrow } from '@/lib/server/workspaces/get-membership';
import { listMyWorkspaces } from '@/lib/server/workspaces/list-my-workspaces';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { addMember, makeUser, makeWorkspace } from './support/factories';

async function workspaceWithDocument() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'A checked article',
    blocks: [{ type: 'paragraph', text: 'Over 16,500 containers were shipped.' }],
    origin: 'paste',
  });
  return { owner, workspace, document };
}

describe('workspaces', () => {
  it('makes the creator its owner and logs the creation', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    expect(await listMyWorkspaces({ userId: owner.id })).toMatchObject([{ slug: workspace.slug, role: 'owner' }]);
    const activity = await getDb().activity.findMany({ where: { workspaceId: workspace.id } });
    expect(activity.map((row) => row.action)).toEqual(['workspace.created']);
  });

  it('gives a taken slug a suffix instead of failing', async () => {
    const owner = await makeUser();
    const first = await makeWorkspace(owner.id);
    const second = await createWorkspace({ userId: owner.id, name: 'Copy', slug: first.slug });
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith(`${first.slug}-`)).toBe(true);
  });
});

describe('authorization inside the query', () => {
  it('answers "not found" for a workspace the caller is not a member of', async () => {
    const { workspace } = await workspaceWithDocument();
    const stranger = await makeUser();
    await expect(getMembershipOrThrow({ userId: stranger.id, slug: workspace.slug })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers "forbidden" when the role is too weak', async () => {
    const { workspace } = await workspaceWithDocument();
    const viewer = await makeUser();
    await addMember(workspace.id, viewer.id, 'viewer');
    await expect(getMembershipOrThrow({ userId: viewer.id, slug: workspace.slug })).resolves.toMatchObject({ role: 'viewer' });
    await expect(getMembershipOrThrow({ userId: viewer.id, slug: workspace.slug, permission: 'document.import' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('hides another workspace’s documents, even by id', async () => {
    const { workspace, document } = await workspaceWithDocument();
    const stranger = await makeUser();
    const strangersWorkspace = await makeWorkspace(stranger.id);
    expect(await listDocuments({ userId: stranger.id, workspaceId: workspace.id })).toEqual([]);
    await expect(getDocumentOrThrow({ userId: stranger.id, workspaceId: workspace.id, documentId: document.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    // The stranger's own workspace id does not unlock it either.
    await expect(
      getDocumentOrThrow({ userId: stranger.id, workspaceId: strangersWorkspace.id, documentId: document.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('serves a member the latest version’s text', async () => {
    const { owner, workspace, document } = await workspaceWithDocument();
    const loaded = await getDocumentOrThrow({ userId: owner.id, workspaceId: workspace.id, documentId: document.id });
    expect(loaded.version.number).toBe(1);
    expect(loaded.version.plainText).toBe('Over 16,500 containers were shipped.');
    expect(loaded.version.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
