import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { importPlainText } from '@/lib/import';
import { importDocument } from '@/lib/server/documents/import-document';
import { makeUser, makeWorkspace } from './support/factories';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');

describe('importDocument', () => {
  it('stores the fixture as version 1 with headings, plain text, hash and its three sources', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const document = await importDocument({
      workspaceId: workspace.id,
      userId: owner.id,
      imported: importPlainText(fixture),
      origin: 'paste',
      title: 'EU and North Korea',
    });
    const stored = await getDb().document.findUniqueOrThrow({
      where: { id: document.id },
      select: {
        title: true,
        versions: { select: { number: true, plainText: true, contentHash: true, content: true } },
        sources: { orderBy: { position: 'asc' }, select: { source: { select: { domain: true, normalizedUrl: true } } } },
      },
    });
    expect(stored.title).toBe('EU and North Korea');
    const [version] = stored.versions;
    expect(version!.number).toBe(1);
    expect(version!.plainText).toContain('North Korea has shipped over 16,500 containers of munitions');
    expect(version!.plainText).not.toContain('https://');
    const headings = (version!.content as { content: { type: string }[] }).content.filter((block) => block.type === 'heading');
    expect(headings).toHaveLength(4);
    expect(stored.sources.map((link) => link.source.domain)).toEqual(['politico.eu', 'reliefweb.int', 'reliefweb.int']);
  });

  it('reuses a workspace source cited by a second document', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    for (const tag of ['a', 'b']) {
      await importDocument({
        workspaceId: workspace.id,
        userId: owner.id,
        imported: importPlainText(`Claim ${tag}.\n\nhttps://example.org/report?utm_source=${tag}\n`),
        origin: 'paste',
      });
    }
    expect(await getDb().source.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect(await getDb().documentSource.count({ where: { source: { workspaceId: workspace.id } } })).toBe(2);
  });

  it('refuses text that cleans up to nothing, creating nothing', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    await expect(
      importDocument({
        workspaceId: workspace.id,
        userId: owner.id,
        imported: importPlainText('https://example.org/only-a-link\n'),
        origin: 'paste',
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().document.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
