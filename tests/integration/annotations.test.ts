import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { reattachAnnotation } from '@/lib/server/annotations/reattach-annotation';
import { createVersion } from '@/lib/server/documents/create-version';
import { importDocument } from '@/lib/server/documents/import-document';
import { docToBlocks, type TiptapDoc } from '@/lib/text-model';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');

async function annotatedFixture() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const document = await importDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    imported: importPlainText(fixture),
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({
    where: { documentId: document.id },
    select: { id: true, plainText: true, content: true },
  });
  const annotate = (
    quote: string,
    kind: 'claim' | 'figure' | 'note' = 'figure',
    visibility: 'shared' | 'private' = 'shared',
    userId = owner.id,
  ) => {
    const start = version.plainText.indexOf(quote);
    return createAnnotation({
      workspaceId: workspace.id,
      userId,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind,
      visibility,
      tagIds: [],
    });
  };
  return { owner, workspace, document, version, annotate };
}

describe('annotations', () => {
  it('stores both selectors and an anchor in the version it was made on', async () => {
    const { annotate, version } = await annotatedFixture();
    const { id } = await annotate('over 16,500 containers of munitions');
    const stored = await getDb().annotation.findUniqueOrThrow({ where: { id }, include: { anchors: true } });
    expect(stored.exact).toBe('over 16,500 containers of munitions');
    expect(stored.prefix).toBe('Assistant Secretary of State Robert Koepcke, North Korea has shipped '.slice(-48));
    expect(version.plainText.slice(stored.start, stored.end)).toBe(stored.exact);
    expect(stored.anchors).toMatchObject([{ versionId: version.id, start: stored.start, end: stored.end, state: 'anchored' }]);
  });

  it('shows private notes to their author only', async () => {
    const { annotate, owner, workspace, document, version } = await annotatedFixture();
    const colleague = await makeUser();
    await addMember(workspace.id, colleague.id, 'checker');
    await annotate('four submarines', 'note', 'private');
    await annotate('a record $14 billion deal with Poland in 2022', 'figure');
    const seen = (userId: string) => listAnnotations({ userId, workspaceId: workspace.id, documentId: document.id, versionId: version.id });
    expect((await seen(owner.id)).map((annotation) => annotation.exact)).toEqual([
      'a record $14 billion deal with Poland in 2022',
      'four submarines',
    ]);
    expect((await seen(colleague.id)).map((annotation) => annotation.exact)).toEqual(['a record $14 billion deal with Poland in 2022']);
    const stranger = await makeUser();
    expect(await seen(stranger.id)).toEqual([]);
  });

  it('refuses selections outside the text, blank ones, other workspaces’ tags and old versions', async () => {
    const { owner, workspace, document, version, annotate } = await annotatedFixture();
    const base = {
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      versionId: version.id,
      kind: 'claim' as const,
      visibility: 'shared' as const,
      tagIds: [] as string[],
    };
    await expect(createAnnotation({ ...base, start: 0, end: version.plainText.length + 1 })).rejects.toMatchObject({ code: 'invalid' });
    const blank = version.plainText.indexOf('\n\n');
    await expect(createAnnotation({ ...base, start: blank, end: blank + 2 })).rejects.toMatchObject({ code: 'invalid' });
    const other = await makeWorkspace(owner.id);
    const foreignTag = await getDb().tag.create({ data: { workspaceId: other.id, name: 'Elsewhere', color: '#336699' } });
    await expect(createAnnotation({ ...base, start: 0, end: 10, tagIds: [foreignTag.id] })).rejects.toMatchObject({ code: 'not_found' });
    await createVersion({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      origin: 'edit',
      blocks: [{ type: 'paragraph', text: 'Changed.' }],
    });
    await expect(annotate('four submarines')).rejects.toMatchObject({ code: 'stale' });
    expect(await getDb().annotation.count({ where: { documentId: document.id } })).toBe(0);
  });

  it('follows a correction into the next version, and orphans what was deleted', async () => {
    const { owner, workspace, document, version, annotate } = await annotatedFixture();
    const figure = await annotate('over 16,500 containers of munitions');
    const doomed = await annotate('a record $14 billion deal with Poland in 2022');
    const blocks = [
      { type: 'paragraph' as const, text: 'Editor’s note: this analysis was updated.' },
      ...docToBlocks(version.content as unknown as TiptapDoc),
    ].map((block) => ({
      ...block,
      text: block.text
        .replace("Kim Jong II's", "Kim Jong Il's")
        .replace(
          /South Korea has also become a major supplier of European arms, notably securing a record \$14 billion deal with Poland in 2022\. /,
          '',
        ),
    }));
    const next = await createVersion({ workspaceId: workspace.id, userId: owner.id, documentId: document.id, origin: 'reimport', blocks });
    expect(next.annotations).toEqual({ anchored: 0, moved: 1, orphaned: 1 });
    const nextText = (await getDb().documentVersion.findUniqueOrThrow({ where: { id: next.id } })).plainText;
    const anchors = await listAnnotations({ userId: owner.id, workspaceId: workspace.id, documentId: document.id, versionId: next.id });
    const moved = anchors.find((annotation) => annotation.id === figure.id)!;
    expect(moved.state).toBe('moved');
    expect(nextText.slice(moved.start!, moved.end!)).toBe('over 16,500 containers of munitions');
    expect(anchors.find((annotation) => annotation.id === doomed.id)).toMatchObject({ state: 'orphaned', start: null, end: null });

    // A person re-attaches the orphan to the words that now carry the figure.
    const start = nextText.indexOf('four submarines');
    await reattachAnnotation({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: doomed.id,
      versionId: next.id,
      start,
      end: start + 15,
    });
    const after = await listAnnotations({ userId: owner.id, workspaceId: workspace.id, documentId: document.id, versionId: next.id });
    expect(after.find((annotation) => annotation.id === doomed.id)).toMatchObject({ state: 'reattached', start, end: start + 15 });
  });
});

describe('annotations through an edit in the editor', () => {
  it('take the places the editor mapped, translated through the tidying of the text', async () => {
    const { owner, workspace, document, version, annotate } = await annotatedFixture();
    const figure = await annotate('four submarines');
    const blocks = docToBlocks(version.content as unknown as TiptapDoc);
    // The editor inserted a paragraph with a double space at the top; the server tidies it.
    const edited = [{ type: 'paragraph' as const, text: 'Update:  corrected.' }, ...blocks];
    const shift = 'Update:  corrected.\n\n'.length;
    const stored = await getDb().annotation.findUniqueOrThrow({ where: { id: figure.id } });
    const next = await createVersion({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      origin: 'edit',
      blocks: edited,
      mappedAnchors: [{ annotationId: figure.id, start: stored.start + shift, end: stored.end + shift }],
    });
    const [place] = await listAnnotations({ userId: owner.id, workspaceId: workspace.id, documentId: document.id, versionId: next.id });
    const nextText = (await getDb().documentVersion.findUniqueOrThrow({ where: { id: next.id } })).plainText;
    expect(nextText.startsWith('Update: corrected.')).toBe(true);
    expect(nextText.slice(place!.start!, place!.end!)).toBe('four submarines');
  });

  it('does not trust a mapped place that covers other words', async () => {
    const { owner, workspace, document, version, annotate } = await annotatedFixture();
    const figure = await annotate('four submarines');
    const next = await createVersion({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      origin: 'edit',
      blocks: [{ type: 'paragraph', text: 'Inserted first.' }, ...docToBlocks(version.content as unknown as TiptapDoc)],
      mappedAnchors: [{ annotationId: figure.id, start: 0, end: 8 }],
    });
    const nextText = (await getDb().documentVersion.findUniqueOrThrow({ where: { id: next.id } })).plainText;
    const [place] = await listAnnotations({ userId: owner.id, workspaceId: workspace.id, documentId: document.id, versionId: next.id });
    expect(nextText.slice(place!.start!, place!.end!)).toBe('four submarines');
  });
});
