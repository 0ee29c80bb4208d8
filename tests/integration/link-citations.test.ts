import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { importHtml } from '@/lib/import';
import { MAX_CITATION_LINKS } from '@/lib/import/limits';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { exportW3cAnnotations } from '@/lib/server/annotations/export-w3c-annotations';
import { createVersion } from '@/lib/server/documents/create-version';
import { importDocument } from '@/lib/server/documents/import-document';
import { makeUser, makeWorkspace } from './support/factories';

const PAGE = 'https://news.example/deliveries';
const article = (lead: string) => `<html><head><title>Deliveries</title></head><body><article>
  <h1>Tank Deliveries to Poland</h1>
  <p>${lead} Officials <a href="https://example.org/audit?utm_source=x">confirmed the audit</a> on Monday.</p>
  <ul><li>Exports rose to 180 tanks in 2022</li>
    <li>See <a href="https://example.org/audit">the audit</a> and <a href="mailto:desk@news.example">the desk</a></li></ul>
  <blockquote><p>We will not back down.</p></blockquote>
  <table><caption>Deliveries by year</caption><tr><th>Year</th><th>Tanks</th></tr><tr><td>2022</td><td><a href="/data">180</a></td></tr></table>
</article></body></html>`;

async function citationsOf(documentId: string, versionId: string) {
  const anchors = await getDb().annotationAnchor.findMany({
    where: { versionId, annotation: { documentId, kind: 'citation' } },
    orderBy: { start: 'asc' },
    select: {
      start: true,
      end: true,
      state: true,
      annotation: { select: { exact: true, visibility: true, source: { select: { normalizedUrl: true } } } },
    },
  });
  return anchors.map(({ annotation, ...anchor }) => ({
    ...anchor,
    exact: annotation.exact,
    visibility: annotation.visibility,
    url: annotation.source?.normalizedUrl,
  }));
}

describe('links of an imported page become citations tied to their sources', () => {
  it('stores the block kinds, and a shared citation on each http(s) link’s words, tied to its Source', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const document = await importDocument({
      workspaceId: workspace.id,
      userId: owner.id,
      imported: importHtml(article('Tanks arrived.'), { url: PAGE }),
      origin: 'url',
    });
    expect(document.citations).toEqual({ made: 3, leftOut: 0 });
    expect(document.notice).toBeNull();
    const version = await getDb().documentVersion.findFirstOrThrow({
      where: { documentId: document.id },
      select: { id: true, plainText: true, content: true },
    });
    const kinds = (version.content as { content: { type: string }[] }).content.map((block) => block.type);
    expect(kinds).toEqual(['paragraph', 'listItem', 'listItem', 'blockquote', 'caption', 'tableRow', 'tableRow']);
    const citations = await citationsOf(document.id, version.id);
    expect(citations.map(({ exact, url, state, visibility }) => ({ exact, url, state, visibility }))).toEqual([
      { exact: 'confirmed the audit', url: 'https://example.org/audit', state: 'anchored', visibility: 'shared' },
      { exact: 'the audit', url: 'https://example.org/audit', state: 'anchored', visibility: 'shared' },
      { exact: '180', url: 'https://news.example/data', state: 'anchored', visibility: 'shared' },
    ]);
    for (const citation of citations) expect(version.plainText.slice(citation.start!, citation.end!)).toBe(citation.exact);
    // The same address twice is one Source; the mailto link cites nothing.
    expect(await getDb().source.count({ where: { workspaceId: workspace.id } })).toBe(2);
    // A W3C export links each citation to the page it cites.
    const exported = await exportW3cAnnotations({
      userId: owner.id,
      workspaceId: workspace.id,
      documentId: document.id,
      baseUrl: 'https://margin.test',
      collectionId: 'https://margin.test/x',
    });
    const items = (exported as unknown as { first: { items: { body: unknown[] }[] } }).first.items;
    const linked = items.map((item) => item.body.find((body) => (body as { purpose?: string }).purpose === 'linking') as { id: string });
    // Sorted: the items come in creation order, and one statement made them all.
    expect(linked.map((body) => body.id).sort()).toEqual([
      'https://example.org/audit?utm_source=x',
      'https://example.org/audit?utm_source=x',
      'https://news.example/data',
    ]);
  });

  it('keeps a claim in a list item on its words through a re-import, and does not cite the same words twice', async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const scope = { workspaceId: workspace.id, userId: owner.id };
    const document = await importDocument({ ...scope, imported: importHtml(article('Tanks arrived.'), { url: PAGE }), origin: 'url' });
    const first = await getDb().documentVersion.findFirstOrThrow({
      where: { documentId: document.id },
      select: { id: true, plainText: true },
    });
    const words = '180 tanks in 2022';
    const start = first.plainText.indexOf(words);
    const claim = await createAnnotation({
      ...scope,
      documentId: document.id,
      versionId: first.id,
      start,
      end: start + words.length,
      kind: 'claim',
      visibility: 'shared',
      tagIds: [],
    });

    const edited = importHtml(article('Tanks arrived by rail, the ministry said.'), { url: PAGE });
    const second = await createVersion({ ...scope, documentId: document.id, blocks: edited.blocks, urls: edited.urls, origin: 'reimport' });
    const next = await getDb().documentVersion.findUniqueOrThrow({ where: { id: second.id }, select: { plainText: true } });
    const anchor = await getDb().annotationAnchor.findUniqueOrThrow({
      where: { annotationId_versionId: { annotationId: claim.id, versionId: second.id } },
      select: { start: true, end: true, state: true },
    });
    expect(anchor.state).not.toBe('orphaned');
    expect(next.plainText.slice(anchor.start!, anchor.end!)).toBe(words);
    expect(second.citations.made).toBe(0);
    const citations = await citationsOf(document.id, second.id);
    expect(citations.map((citation) => citation.exact)).toEqual(['confirmed the audit', 'the audit', '180']);
    for (const citation of citations) expect(next.plainText.slice(citation.start!, citation.end!)).toBe(citation.exact);
  });

  it(`makes at most ${MAX_CITATION_LINKS} citations in one import, and says how many links were left out`, async () => {
    const owner = await makeUser();
    const workspace = await makeWorkspace(owner.id);
    const links = Array.from(
      { length: MAX_CITATION_LINKS + 5 },
      (_, index) => `<a href="https://example.org/r/${index % 10}">ref ${index}</a>`,
    );
    const html = `<html><body><p>${links.join(', ')}.</p></body></html>`;
    const document = await importDocument({ workspaceId: workspace.id, userId: owner.id, imported: importHtml(html), origin: 'file' });
    expect(document.citations).toEqual({ made: MAX_CITATION_LINKS, leftOut: 5 });
    expect(document.notice).toMatch(/first 2,000 links only; 5 more/);
    expect(await getDb().annotation.count({ where: { documentId: document.id, kind: 'citation' } })).toBe(MAX_CITATION_LINKS);
  });
});
