import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createTag } from '@/lib/server/tags/create-tag';
import { deleteTag } from '@/lib/server/tags/delete-tag';
import { listTags } from '@/lib/server/tags/list-tags';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { updateTag } from '@/lib/server/tags/update-tag';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createDocument } from '@/lib/server/documents/create-document';
import { makeUser, makeWorkspace } from './support/factories';

async function desk() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const tag = (name: string, parentId: string | null = null) =>
    createTag({ workspaceId: workspace.id, userId: owner.id, name, color: '#d97706', parentId });
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'A',
    blocks: [{ type: 'paragraph', text: 'Four submarines for Poland in 2022.' }],
    origin: 'paste',
  });
  const { id: versionId } = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id } });
  const annotate = (start: number, end: number, tagIds: string[]) =>
    createAnnotation({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      versionId,
      start,
      end,
      kind: 'figure',
      visibility: 'shared',
      tagIds,
    });
  return { owner, workspace, tag, annotate };
}

describe('tag vocabulary', () => {
  it('counts uses, refuses duplicate names and nesting a tag inside its own descendant', async () => {
    const { owner, workspace, tag, annotate } = await desk();
    const military = await tag('Military');
    const navy = await tag('Navy', military.id);
    await annotate(0, 15, [navy.id]);
    expect(await listTags({ userId: owner.id, workspaceId: workspace.id })).toMatchObject([
      { name: 'Military', usage: 0, parentId: null },
      { name: 'Navy', usage: 1, parentId: military.id },
    ]);
    await expect(tag('Navy')).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      updateTag({
        workspaceId: workspace.id,
        userId: owner.id,
        tagId: military.id,
        version: military.version,
        name: 'Military',
        color: '#000000',
        parentId: navy.id,
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('merges one tag into another: annotations keep one copy, children move, the source is gone', async () => {
    const { owner, workspace, tag, annotate } = await desk();
    const [arms, weapons] = [await tag('Arms'), await tag('Weapons')];
    const child = await tag('Tanks', arms.id);
    await annotate(0, 15, [arms.id, weapons.id]);
    await annotate(20, 26, [arms.id]);
    await mergeTags({ workspaceId: workspace.id, userId: owner.id, sourceTagId: arms.id, targetTagId: weapons.id });
    const tags = await listTags({ userId: owner.id, workspaceId: workspace.id });
    expect(tags.map(({ name, usage }) => ({ name, usage }))).toEqual([
      { name: 'Tanks', usage: 0 },
      { name: 'Weapons', usage: 2 },
    ]);
    expect(tags.find((candidate) => candidate.id === child.id)?.parentId).toBe(weapons.id);
  });

  it('deleting a tag keeps its annotations and lifts its children', async () => {
    const { owner, workspace, tag, annotate } = await desk();
    const parent = await tag('Europe');
    const child = await tag('Poland', parent.id);
    const annotation = await annotate(0, 15, [parent.id]);
    await deleteTag({ workspaceId: workspace.id, userId: owner.id, tagId: parent.id });
    expect(await getDb().annotation.count({ where: { id: annotation.id } })).toBe(1);
    expect((await getDb().tag.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBeNull();
  });

  it('another workspace’s tag is not found', async () => {
    const { owner, tag } = await desk();
    const foreign = await tag('Foreign');
    const other = await makeWorkspace(owner.id);
    await expect(deleteTag({ workspaceId: other.id, userId: owner.id, tagId: foreign.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
