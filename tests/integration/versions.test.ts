import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { ZSaveVersion } from '@/lib/schemas/documents';
import { blocksToDoc, docToBlocks, type TiptapDoc } from '@/lib/text-model';
import { makeUser, makeWorkspace } from './support/factories';

async function documentWithText(text: string) {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Article',
    blocks: [{ type: 'paragraph', text }],
    origin: 'paste',
  });
  const first = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id } });
  return { owner, workspace, document, first };
}

describe('createVersion', () => {
  it('adds version 2 and keeps version 1 as it was', async () => {
    const { owner, workspace, document, first } = await documentWithText('By the time of Kim Jong II’s death in December 2011.');
    const edit = { workspaceId: workspace.id, userId: owner.id, documentId: document.id, origin: 'edit' as const };
    const second = await createVersion({
      ...edit,
      baseVersionId: first.id,
      blocks: [{ type: 'paragraph', text: 'By the time of Kim Jong Il’s death in December 2011.' }],
      summary: 'Kim Jong Il',
    });
    expect(second.number).toBe(2);
    const versions = await getDb().documentVersion.findMany({ where: { documentId: document.id }, orderBy: { number: 'asc' } });
    expect(versions.map((version) => version.plainText)).toEqual([
      'By the time of Kim Jong II’s death in December 2011.',
      'By the time of Kim Jong Il’s death in December 2011.',
    ]);
    expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
    const log = await getDb().activity.findFirstOrThrow({ where: { documentId: document.id, action: 'document.version_created' } });
    expect(log.after).toEqual({ number: 2, origin: 'edit', summary: 'Kim Jong Il', annotations: { anchored: 0, moved: 0, orphaned: 0 } });
  });

  it('keeps block kinds and list places through an edit saved from the editor', async () => {
    const { owner, workspace, document, first } = await documentWithText('Three findings stand out.');
    const edited = blocksToDoc([
      { type: 'paragraph', text: 'Three findings stand out:' },
      { type: 'listItem', text: 'Exports  rose ', list: { ordered: true, depth: 1, number: 2 } },
      { type: 'blockquote', text: 'We will not back down.' },
      { type: 'tableRow', text: '2022 | 180' },
    ]);
    const input = ZSaveVersion.parse({ documentId: document.id, baseVersionId: first.id, content: JSON.stringify(edited) });
    const second = await createVersion({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      baseVersionId: first.id,
      origin: 'edit',
      blocks: docToBlocks(input.content as TiptapDoc),
    });
    const stored = await getDb().documentVersion.findUniqueOrThrow({
      where: { id: second.id },
      select: { content: true, plainText: true },
    });
    expect(docToBlocks(stored.content as unknown as TiptapDoc)).toEqual([
      { type: 'paragraph', text: 'Three findings stand out:' },
      { type: 'listItem', text: 'Exports rose', list: { ordered: true, depth: 1, number: 2 } },
      { type: 'blockquote', text: 'We will not back down.' },
      { type: 'tableRow', text: '2022 | 180' },
    ]);
    expect(stored.plainText).toBe('Three findings stand out:\n\nExports rose\n\nWe will not back down.\n\n2022 | 180');
  });

  it('refuses an edit based on an older version, and an edit that changes nothing', async () => {
    const { owner, workspace, document, first } = await documentWithText('Four submarines.');
    const edit = { workspaceId: workspace.id, userId: owner.id, documentId: document.id, origin: 'edit' as const };
    await createVersion({ ...edit, baseVersionId: first.id, blocks: [{ type: 'paragraph', text: 'Three submarines.' }] });
    await expect(
      createVersion({ ...edit, baseVersionId: first.id, blocks: [{ type: 'paragraph', text: 'Five submarines.' }] }),
    ).rejects.toMatchObject({ code: 'stale' });
    await expect(createVersion({ ...edit, blocks: [{ type: 'paragraph', text: 'Three  submarines. ' }] })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await getDb().documentVersion.count({ where: { documentId: document.id } })).toBe(2);
  });

  it('numbers concurrent saves without gaps or duplicates', async () => {
    const { owner, workspace, document } = await documentWithText('Version one.');
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((tag) =>
        createVersion({
          workspaceId: workspace.id,
          userId: owner.id,
          documentId: document.id,
          origin: 'reimport',
          blocks: [{ type: 'paragraph', text: `Version ${tag}.` }],
        }),
      ),
    );
    const numbers = (await getDb().documentVersion.findMany({ where: { documentId: document.id }, select: { number: true } })).map(
      (row) => row.number,
    );
    expect(numbers.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers "not found" for another workspace’s document', async () => {
    const { owner, document } = await documentWithText('Text.');
    const other = await makeWorkspace(owner.id);
    await expect(
      createVersion({
        workspaceId: other.id,
        userId: owner.id,
        documentId: document.id,
        origin: 'edit',
        blocks: [{ type: 'paragraph', text: 'Changed.' }],
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
