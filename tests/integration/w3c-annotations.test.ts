// W3C Web Annotation round trip: annotate the fixture article, export it as W3C JSON-LD, import
// that into a copy (every annotation lands on the same words) and into a revised copy (the
// survivors are placed, the deleted ones become orphans); and the route's refusals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/w/[workspace]/documents/[documentId]/annotations/import/route';
import { GET } from '@/app/api/w/[workspace]/documents/[documentId]/annotations/route';
import { getDb } from '@/lib/db';
import type { AnnotationKind } from '@/lib/generated/prisma/enums';
import { importPlainText } from '@/lib/import';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { importDocument } from '@/lib/server/documents/import-document';
import { addMember, makeUser, makeWorkspace, uniqueId } from './support/factories';
import { actAs } from './support/session';
import { FROM_OWN_PAGE } from './support/own-page';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/headers', () => ({ headers: async () => new Headers({ origin: 'http://localhost:3000' }) }));

const article = fs.readFileSync(path.join(import.meta.dirname, '../../prisma/seed/article.txt'), 'utf8');
const BASE_URL = 'http://localhost:3000';

/** [kind, quote, tags, occurrence-context (when the quote alone is not unique)] */
const SPANS: [AnnotationKind, string, string[], string?][] = [
  ['claim', 'NATO confirmed that North Korean troops have been deployed to Kursk', ['Russia', 'Troops']],
  ['figure', 'over 16,500 containers', ['Munitions']],
  ['figure', '$14 billion', ['Arms deals']],
  ['note', 'Kim Jong II', ['OCR']],
  ['figure', 'four submarines', ['Arms deals']],
  ['citation', 'According to US Deputy Assistant Secretary of State Robert Koepcke', []],
  ['figure', 'November 20, 2001', ['Dates']],
  ['note', 'Brussels favored unconditional engagement with North Korea', []],
  ['note', 'critical engagement', ['Policy'], 'policy of “critical engagement” towards'],
  ['claim', 'sanctions, humanitarian aid, and dialogue', ['Policy']],
  ['citation', 'John Kirby', ['People']],
  ['claim', 'the Russian Duma ratified a strategic partnership', ['Russia']],
  ['figure', 'first nuclear test in 2006', ['Dates', 'Nuclear']],
];

const KIM_SENTENCE = "By the time of Kim Jong II's death in December 2011, this pivot marked a significant change in EU priorities.";
const SUBMARINE_SENTENCE =
  'Plans for expanded maritime cooperation are underway, with a South Korean firm bidding to build four submarines for Poland, and smaller deals have been signed with Estonia, Finland, Norway, and Romania, illustrating the breadth of this strategic partnership.';

async function desk() {
  const [owner, checker] = await Promise.all([makeUser({ name: 'Ana Owner' }), makeUser({ name: 'Ben Checker' })]);
  const workspace = await makeWorkspace(owner.id);
  await addMember(workspace.id, checker.id, 'checker');
  const addDocument = async (revise: (text: string) => string = (text) => text) => {
    const imported = importPlainText(article);
    const blocks = imported.blocks.map((block) => ({ ...block, text: revise(block.text) })).filter((block) => block.text.trim());
    const document = await importDocument({
      workspaceId: workspace.id,
      userId: owner.id,
      imported: { ...imported, blocks },
      origin: 'paste',
    });
    const version = await getDb().documentVersion.findFirstOrThrow({
      where: { documentId: document.id },
      select: { id: true, plainText: true },
    });
    return { id: document.id, version };
  };
  return { owner, checker, workspace, addDocument };
}

/** What each annotation of a document covers in its latest version, in a comparable form. */
async function landed(documentId: string) {
  const document = await getDb().document.findUniqueOrThrow({
    where: { id: documentId },
    select: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, plainText: true } } },
  });
  const version = document.versions[0]!;
  const anchors = await getDb().annotationAnchor.findMany({
    where: { versionId: version.id },
    select: {
      start: true,
      end: true,
      state: true,
      annotation: {
        select: {
          kind: true,
          exact: true,
          tags: { select: { tag: { select: { name: true } } } },
          // Every field the import writes itself (rows go in as JSON: lib/server/bulk-insert.ts),
          // and the match text its trigger derives.
          claim: {
            select: {
              statement: true,
              status: true,
              figureKind: true,
              figureValue: true,
              figureUnit: true,
              figureDates: true,
              matchText: true,
            },
          },
        },
      },
    },
  });
  return anchors
    .map(({ start, end, state, annotation }) => ({
      kind: annotation.kind,
      words: start === null ? null : version.plainText.slice(start, end!),
      start,
      state,
      exact: annotation.exact,
      tags: annotation.tags.map(({ tag }) => tag.name).sort(),
      claim: annotation.claim,
    }))
    .sort((a, b) => a.exact.localeCompare(b.exact));
}

const post = (slug: string, documentId: string, body: BodyInit, headers: Record<string, string> = {}) =>
  POST(
    new Request(`${BASE_URL}/api/w/${slug}/documents/${documentId}/annotations/import`, {
      method: 'POST',
      body,
      // A JSON body is sent as JSON; a FormData body carries its own multipart type.
      headers: { ...FROM_OWN_PAGE, ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
    }),
    {
      params: Promise.resolve({ workspace: slug, documentId }),
    },
  );

describe('W3C Web Annotation import and export', () => {
  it('round-trips a dozen annotations of every kind onto the same words of a copy, and places the survivors in a revised copy', async () => {
    const { owner, checker, workspace, addDocument } = await desk();
    const a = await addDocument();
    const ids: string[] = [];
    for (const [kind, quote, tags, context] of SPANS) {
      const text = a.version.plainText;
      const start = context ? text.indexOf(context) + context.indexOf(quote) : text.indexOf(quote);
      expect(context ? text.indexOf(context) : text.lastIndexOf(quote)).toBe(start - (context ? context.indexOf(quote) : 0));
      const tagIds = await Promise.all(
        tags.map(
          async (name) =>
            (
              await getDb().tag.upsert({
                where: { workspaceId_name: { workspaceId: workspace.id, name } },
                create: { workspaceId: workspace.id, name, color: '#336699' },
                update: {},
                select: { id: true },
              })
            ).id,
        ),
      );
      const annotation = await createAnnotation({
        workspaceId: workspace.id,
        userId: owner.id,
        documentId: a.id,
        versionId: a.version.id,
        start,
        end: start + quote.length,
        kind,
        visibility: 'shared',
        tagIds,
      });
      ids.push(annotation.id);
    }
    await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: ids[3]!,
      parentId: null,
      body: 'Should be Kim Jong Il: an OCR slip.',
    });
    // Another member's private note is not theirs to export.
    const quote = 'Kursk';
    const privateAt = a.version.plainText.indexOf(quote);
    await createAnnotation({
      workspaceId: workspace.id,
      userId: checker.id,
      documentId: a.id,
      versionId: a.version.id,
      start: privateAt,
      end: privateAt + quote.length,
      kind: 'note',
      visibility: 'private',
      tagIds: [],
    });

    // Downloaded from the document, as a member sees it.
    actAs(owner.id);
    const download = await GET(new Request(`${BASE_URL}/api/w/${workspace.slug}/documents/${a.id}/annotations`), {
      params: Promise.resolve({ workspace: workspace.slug, documentId: a.id }),
    });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="annotations-${a.id}.jsonld"`);
    const exported = await download.json();
    expect(exported).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: SPANS.length });
    expect(exported.first.items[0]).toMatchObject({
      type: 'Annotation',
      id: `${BASE_URL}/w/${workspace.slug}/documents/${a.id}?annotation=${ids[0]}`,
    });
    const file = JSON.stringify(exported);

    // A copy: through the route, as a file.
    const b = await addDocument();
    const form = new FormData();
    form.set('file', new File([file], 'annotations.jsonld', { type: 'application/ld+json' }));
    actAs(checker.id);
    const response = await post(workspace.slug, b.id, form);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ placed: SPANS.length, orphaned: 0, skipped: [] });
    const original = (await landed(a.id)).filter(({ exact }) => exact !== quote);
    const copy = await landed(b.id);
    expect(copy).toEqual(original.map((one) => ({ ...one, claim: one.claim && { ...one.claim, status: 'unchecked' } })));
    expect(copy.every(({ words, exact }) => words === exact)).toBe(true);
    const comments = await getDb().comment.findMany({
      where: { annotation: { documentId: b.id } },
      select: { body: true, authorId: true, createdAt: true },
    });
    const [originalComment] = await getDb().comment.findMany({ where: { annotation: { documentId: a.id } }, select: { createdAt: true } });
    // Its time is the one the file says, not the import's.
    expect(comments).toEqual([
      { body: 'Should be Kim Jong Il: an OCR slip.', authorId: checker.id, createdAt: originalComment!.createdAt },
    ]);
    const activities = await getDb().activity.findMany({
      where: { documentId: b.id, action: 'annotation.created' },
      select: { actorId: true, entityType: true, claimId: true, visibleToId: true, after: true },
    });
    expect(activities).toHaveLength(SPANS.length);
    expect(
      activities.every(
        ({ actorId, entityType, visibleToId }) => actorId === checker.id && entityType === 'Annotation' && visibleToId === null,
      ),
    ).toBe(true);
    expect(activities.filter(({ claimId }) => claimId !== null)).toHaveLength(copy.filter(({ claim }) => claim).length);
    expect(activities[0]!.after).toMatchObject({ imported: 'w3c', state: 'anchored' });

    // A revised copy: two sentences deleted, others edited around the annotated words; as a JSON body.
    const c = await addDocument((text) =>
      text
        .replace(` ${KIM_SENTENCE}`, '')
        .replace(SUBMARINE_SENTENCE, '')
        .replace('On October 28, NATO confirmed', 'On 28 October 2024, NATO confirmed')
        .replace('covertly shipping', 'secretly shipping'),
    );
    expect(c.version.plainText).not.toContain('Kim Jong II');
    const revised = await post(workspace.slug, c.id, file, { 'content-type': 'application/json' });
    expect(await revised.json()).toEqual({ placed: SPANS.length - 2, orphaned: 2, skipped: [] });
    const inRevision = await landed(c.id);
    expect(inRevision.filter(({ state }) => state === 'orphaned').map(({ exact, start }) => ({ exact, start }))).toEqual([
      { exact: 'four submarines', start: null },
      { exact: 'Kim Jong II', start: null },
    ]);
    for (const one of inRevision.filter(({ state }) => state === 'anchored')) expect(one.words).toBe(one.exact);
    expect(inRevision.map(({ kind, exact, tags }) => ({ kind, exact, tags }))).toEqual(
      original.map(({ kind, exact, tags }) => ({ kind, exact, tags })),
    );
  });

  it('answers 404 for another workspace’s document, 422 for a file that is not annotations, and creates nothing then', async () => {
    const { owner, workspace, addDocument } = await desk();
    const document = await addDocument();
    const stranger = await makeUser();
    const theirs = await makeWorkspace(stranger.id);
    const count = () => getDb().annotation.count({ where: { documentId: document.id } });
    const tags = () => getDb().tag.count({ where: { workspaceId: workspace.id } });
    const valid = JSON.stringify({
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: `t-${uniqueId()}` }],
      target: { selector: { type: 'TextQuoteSelector', exact: 'Kim Jong II' } },
    });

    actAs(stranger.id);
    const foreign = await post(theirs.slug, document.id, valid, { 'content-type': 'application/json' });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ code: 'not_found' });

    actAs(owner.id);
    for (const body of [
      '{"type": "Annotation", ',
      '42',
      '[]',
      '',
      JSON.stringify({ type: 'AnnotationCollection', total: 2, first: 'https://x.test/p1' }),
    ]) {
      const refused = await post(workspace.slug, document.id, body, { 'content-type': 'application/json' });
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({ code: 'invalid', error: expect.any(String) });
    }
    const tooMany = JSON.stringify(Array.from({ length: 10_001 }, () => ({})));
    expect(await (await post(workspace.slug, document.id, tooMany)).json()).toMatchObject({
      code: 'invalid',
      error: expect.stringContaining('at most 10,000'),
    });
    const tooBig = await post(workspace.slug, document.id, ' '.repeat(5 * 1024 * 1024 + 1));
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ code: 'too_large', error: 'Annotation files up to 5 MB can be imported.' });
    expect(await count()).toBe(0);
    expect(await tags()).toBe(0);

    // Items that cannot be placed are reported one by one; the others are imported.
    const mixed = JSON.stringify([
      JSON.parse(valid),
      { type: 'Annotation', target: 'https://x.test/a' },
      { type: 'Annotation', target: { selector: { type: 'TextPositionSelector', start: 0, end: 4 } } },
    ]);
    const answer = await (await post(workspace.slug, document.id, mixed)).json();
    expect(answer).toEqual({
      placed: 1,
      orphaned: 0,
      skipped: [
        { index: 1, reason: expect.stringContaining('neither a TextQuoteSelector nor a TextPositionSelector') },
        { index: 2, reason: expect.stringContaining('only a TextPositionSelector') },
      ],
    });
    expect(await count()).toBe(1);
    expect(await tags()).toBe(1);
  });

  it('keeps through a round trip: offsets in code points after emoji, private notes private, dates, authors and replies', async () => {
    const { owner, checker, workspace } = await desk();
    const paste = async () => {
      const imported = importPlainText('Polls 📊 say 😀 that 16,500 containers 🚢 left port, and 40% agree.');
      const document = await importDocument({ workspaceId: workspace.id, userId: owner.id, imported, origin: 'paste' });
      const version = await getDb().documentVersion.findFirstOrThrow({
        where: { documentId: document.id },
        select: { id: true, plainText: true },
      });
      return { id: document.id, version };
    };
    const a = await paste();
    const text = a.version.plainText;
    const mark = async (words: string, userId: string, visibility: 'shared' | 'private', kind: AnnotationKind) => {
      const start = text.indexOf(words);
      return createAnnotation({
        workspaceId: workspace.id,
        userId,
        documentId: a.id,
        versionId: a.version.id,
        start,
        end: start + words.length,
        kind,
        visibility,
        tagIds: [],
      });
    };
    const figure = await mark('16,500 containers', owner.id, 'shared', 'figure');
    await mark('40% agree', checker.id, 'private', 'note');
    const first = await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: figure.id,
      parentId: null,
      body: 'Which port?',
    });
    await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: first.id,
      body: 'Nampo, per the report.',
    });

    const exportAs = async (userId: string, documentId: string) => {
      actAs(userId);
      const url = `${BASE_URL}/api/w/${workspace.slug}/documents/${documentId}/annotations`;
      return (await GET(new Request(url), { params: Promise.resolve({ workspace: workspace.slug, documentId }) })).json();
    };
    const byOwner = await exportAs(owner.id, a.id);
    expect(byOwner.total).toBe(1); // the checker's private note is theirs alone
    const byChecker = await exportAs(checker.id, a.id);
    expect(byChecker).toMatchObject({ id: `${BASE_URL}/api/w/${workspace.slug}/documents/${a.id}/annotations`, total: 2 });
    const figureItem = byChecker.first.items.find((item: { motivation: string }) => item.motivation === 'assessing');
    const start = Array.from(text).join('').indexOf('16,500'); // UTF-16
    const codePoints = Array.from(text.slice(0, start)).length;
    expect(codePoints).toBe(start - 2); // two emoji before it
    expect(figureItem.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: codePoints,
      end: codePoints + '16,500 containers'.length,
    });
    expect(figureItem.creator).toMatchObject({ type: 'Person', name: 'Ana Owner' });
    expect(figureItem.generator).toMatchObject({ type: 'Software', name: 'Margin' });

    // Into a copy, by the checker: the private note stays private (theirs), the figure lands on the same words.
    const b = await paste();
    actAs(checker.id);
    expect(await (await post(workspace.slug, b.id, JSON.stringify(byChecker), { 'content-type': 'application/json' })).json()).toEqual({
      placed: 2,
      orphaned: 0,
      skipped: [],
    });
    const copies = await getDb().annotation.findMany({
      where: { documentId: b.id },
      select: { kind: true, visibility: true, exact: true, start: true, createdAt: true, importedCreator: true, authorId: true },
      orderBy: { start: 'asc' },
    });
    const originals = await getDb().annotation.findMany({
      where: { documentId: a.id },
      select: { createdAt: true },
      orderBy: { start: 'asc' },
    });
    expect(copies).toEqual([
      {
        kind: 'figure',
        visibility: 'shared',
        exact: '16,500 containers',
        start,
        createdAt: originals[0]!.createdAt,
        importedCreator: 'Ana Owner',
        authorId: checker.id,
      },
      expect.objectContaining({
        kind: 'note',
        visibility: 'private',
        exact: '40% agree',
        createdAt: originals[1]!.createdAt,
        importedCreator: 'Ben Checker',
      }),
    ]);
    const thread = await getDb().comment.findMany({
      where: { annotation: { documentId: b.id } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, parentId: true, body: true, importedCreator: true },
    });
    expect(thread.map(({ body, importedCreator }) => ({ body, importedCreator }))).toEqual([
      { body: 'Which port?', importedCreator: 'Ben Checker' },
      { body: 'Nampo, per the report.', importedCreator: 'Ana Owner' },
    ]);
    expect(thread[1]!.parentId).toBe(thread[0]!.id);
    // The owner does not see the checker's imported private note, even in the export.
    expect((await exportAs(owner.id, b.id)).total).toBe(1);
    // And the copy exports the same creators, dates and thread again.
    const again = await exportAs(checker.id, b.id);
    const againFigure = again.first.items.find((item: { motivation: string }) => item.motivation === 'assessing');
    expect(againFigure.creator.name).toBe('Ana Owner');
    expect(againFigure.created).toBe(figureItem.created);
    expect(againFigure.body.filter((body: { purpose: string }) => ['commenting', 'replying'].includes(body.purpose))).toEqual(
      figureItem.body
        .filter((body: { purpose: string }) => ['commenting', 'replying'].includes(body.purpose))
        .map((body: { creator: { name: string } }) => ({ ...body, creator: { type: 'Person', name: body.creator.name } })),
    );
  });

  it('imports the Hypothesis client’s export file, with replies in their thread and private annotations private', async () => {
    const { owner, workspace, addDocument } = await desk();
    const document = await addDocument();
    const target = [{ source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'over 16,500 containers' }] }];
    const file = {
      export_date: '2026-11-30T10:00:00.000Z',
      annotations: [
        {
          id: 'h1',
          created: '2026-11-01T09:00:00.000Z',
          user: 'acct:rosa@hypothes.is',
          text: 'Source?',
          tags: ['munitions'],
          target,
          permissions: { read: ['group:__world__'] },
        },
        {
          id: 'h2',
          created: '2026-11-01T10:00:00.000Z',
          user: 'acct:sam@hypothes.is',
          text: 'South Korea’s NIS.',
          references: ['h1'],
          target: [{ source: 'https://news.example/a' }],
        },
        { id: 'h3', user: 'acct:rosa@hypothes.is', text: 'mine', target, permissions: { read: ['acct:rosa@hypothes.is'] } },
      ],
    };
    actAs(owner.id);
    expect(await (await post(workspace.slug, document.id, JSON.stringify(file), { 'content-type': 'application/json' })).json()).toEqual({
      placed: 2,
      orphaned: 0,
      skipped: [],
    });
    const imported = await getDb().annotation.findMany({
      where: { documentId: document.id },
      orderBy: { visibility: 'asc' },
      select: {
        visibility: true,
        importedCreator: true,
        createdAt: true,
        comments: { orderBy: { createdAt: 'asc' }, select: { body: true, parentId: true, importedCreator: true } },
      },
    });
    expect(imported).toEqual([
      {
        visibility: 'shared',
        importedCreator: 'rosa',
        createdAt: new Date('2026-11-01T09:00:00.000Z'),
        comments: [
          { body: 'Source?', parentId: null, importedCreator: 'rosa' },
          { body: 'South Korea’s NIS.', parentId: expect.any(String), importedCreator: 'sam' },
        ],
      },
      expect.objectContaining({ visibility: 'private', importedCreator: 'rosa' }),
    ]);
  });
});
