import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { LinkStatus } from '@/lib/generated/prisma/enums';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createDocument } from '@/lib/server/documents/create-document';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { compareSourceCaptures } from '@/lib/server/sources/compare-source-captures';
import { getSource } from '@/lib/server/sources/get-source';
import { getSourceCapture } from '@/lib/server/sources/get-source-capture';
import { listSourceLibrary, listSources } from '@/lib/server/sources/list-sources';
import { parseSourceFilters, SOURCES_PER_PAGE, type TSourceFilters } from '@/lib/schemas/sources';
import { makeUser, makeWorkspace, uniqueId } from './support/factories';

const TEXT = 'Poland signed a record $14 billion deal in 2022. The navy will buy four submarines by 2030.';
const FILTERS: TSourceFilters = { status: 'all', sort: 'relied', page: 1 };

/** A desk with two claims and sources in every link status; `relied` has evidence from both claims. */
async function desk() {
  const owner = await makeUser();
  const workspace = await makeWorkspace(owner.id);
  const db = getDb();
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Arms',
    blocks: [{ type: 'paragraph', text: TEXT }],
    origin: 'paste',
  });
  const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const mark = async (quote: string) => {
    const start = TEXT.indexOf(quote);
    const annotation = await createAnnotation({
      workspaceId: workspace.id,
      userId: owner.id,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind: 'claim',
      visibility: 'shared',
      tagIds: [],
    });
    return annotation.claim!.id;
  };
  const deal = await mark('a record $14 billion deal');
  const submarines = await mark('four submarines');
  const source = (name: string, linkStatus: LinkStatus) => {
    const url = `https://${name}.example.test/${uniqueId()}`;
    return db.source.create({
      data: { workspaceId: workspace.id, url, normalizedUrl: url, domain: `${name}.example.test`, linkStatus },
      select: { id: true },
    });
  };
  const sources = {
    relied: await source('relied', 'alive'),
    gone1: await source('gone1', 'gone'),
    gone2: await source('gone2', 'gone'),
    changed: await source('changed', 'changed'),
    redirected: await source('redirected', 'redirected'),
    unchecked: await source('unchecked', 'unchecked'),
  };
  const evidence = (claimId: string, sourceId: string) =>
    db.evidence.create({ data: { claimId, sourceId, stance: 'supports', quote: 'a quote' }, select: { id: true } });
  await evidence(deal, sources.relied.id);
  await evidence(submarines, sources.relied.id);
  await evidence(deal, sources.changed.id);
  await evidence(submarines, sources.gone1.id);
  return { owner, workspace, document, claims: { deal, submarines }, sources };
}

const rowIds = async (d: Awaited<ReturnType<typeof desk>>, filters: Partial<TSourceFilters>, userId = d.owner.id) =>
  (await listSourceLibrary({ userId, workspaceId: d.workspace.id }, { ...FILTERS, ...filters })).rows.map((row) => row.id);

describe('source library', () => {
  it('counts the sources of each status filter and lists the ones a filter shows, most relied on first', async () => {
    const d = await desk();
    const library = await listSourceLibrary({ userId: d.owner.id, workspaceId: d.workspace.id }, FILTERS);
    expect(library.counts).toEqual({ all: 6, dead: 2, changed: 1, redirected: 1, unchecked: 1, alive: 1 });
    expect(library.total).toBe(6);
    expect(library.rows[0]).toMatchObject({ id: d.sources.relied.id, linkStatus: 'alive', claims: 2, documents: 0, lastCheckedAt: null });
    expect(library.rows.slice(1, 3).map((row) => row.claims)).toEqual([1, 1]);

    expect((await rowIds(d, { status: 'dead' })).sort()).toEqual([d.sources.gone1.id, d.sources.gone2.id].sort());
    expect(await rowIds(d, { status: 'changed' })).toEqual([d.sources.changed.id]);
    expect(await rowIds(d, { status: 'unchecked' })).toEqual([d.sources.unchecked.id]);
    expect(await rowIds(d, { status: 'redirected' })).toEqual([d.sources.redirected.id]);
    const dead = await listSourceLibrary({ userId: d.owner.id, workspaceId: d.workspace.id }, { ...FILTERS, status: 'dead' });
    expect(dead.total).toBe(2);
  });

  it('sorts by the last check and pages past a hundred sources', async () => {
    const d = await desk();
    const db = getDb();
    await db.source.update({ where: { id: d.sources.unchecked.id }, data: { lastCheckedAt: new Date('2026-01-02') } });
    await db.source.update({ where: { id: d.sources.gone2.id }, data: { lastCheckedAt: new Date('2026-01-01') } });
    expect((await rowIds(d, { sort: 'checked' })).slice(0, 2)).toEqual([d.sources.unchecked.id, d.sources.gone2.id]);

    await db.source.createMany({
      data: Array.from({ length: SOURCES_PER_PAGE }, (_, index) => ({
        workspaceId: d.workspace.id,
        url: `https://many.example.test/${index}`,
        normalizedUrl: `https://many.example.test/${index}`,
        domain: 'many.example.test',
      })),
    });
    const first = await listSourceLibrary({ userId: d.owner.id, workspaceId: d.workspace.id }, FILTERS);
    const second = await listSourceLibrary({ userId: d.owner.id, workspaceId: d.workspace.id }, { ...FILTERS, page: 2 });
    expect(first).toMatchObject({ total: SOURCES_PER_PAGE + 6, pageCount: 2 });
    expect(first.rows).toHaveLength(SOURCES_PER_PAGE);
    expect(second.rows).toHaveLength(6);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(SOURCES_PER_PAGE + 6);
    // The API's list is unchanged: every source up to its cap, most relied on first.
    expect((await listSources({ userId: d.owner.id, workspaceId: d.workspace.id }))[0]!.id).toBe(d.sources.relied.id);
  });

  it('shows nothing to a non-member, and reads bad filters in the address as the defaults', async () => {
    const d = await desk();
    const stranger = await makeUser();
    const library = await listSourceLibrary({ userId: stranger.id, workspaceId: d.workspace.id }, FILTERS);
    expect(library.rows).toEqual([]);
    expect(library.counts.all).toBe(0);
    expect(parseSourceFilters({ status: 'dead', sort: 'checked', page: '2' })).toEqual({
      filters: { status: 'dead', sort: 'checked', page: 2 },
      ignored: [],
    });
    expect(parseSourceFilters({ status: 'gone?', sort: ['x'], page: '0' })).toEqual({
      filters: FILTERS,
      ignored: ['status', 'sort', 'page'],
    });
  });
});

describe('source page', () => {
  it('lists the captures newest first, each saying whether the text changed since the previous one with text', async () => {
    const d = await desk();
    const db = getDb();
    const capture = (minutes: number, data: { text?: string; error?: string }) =>
      db.sourceCapture.create({
        data: {
          sourceId: d.sources.changed.id,
          finalUrl: 'https://changed.example.test/',
          httpStatus: data.error ? null : 200,
          capturedAt: new Date(Date.UTC(2026, 0, 1, 0, minutes)),
          trigger: 'schedule',
          ...data,
        },
        select: { id: true },
      });
    const first = await capture(1, { text: 'The deal was worth $14 billion.' });
    const same = await capture(2, { text: 'The deal was worth $14 billion.' });
    const failed = await capture(3, { error: 'The page did not answer within 15 s.' });
    const changed = await capture(4, { text: 'The deal was worth $12 billion.' });
    await db.evidence.updateMany({
      where: { sourceId: d.sources.changed.id },
      data: { captureId: changed.id, quoteStart: 4, quoteEnd: 8 },
    });

    const source = await getSource({ userId: d.owner.id, workspaceId: d.workspace.id, sourceId: d.sources.changed.id });
    expect(source.captures.map((row) => [row.id, row.hasText, row.textChanged, row.previousId])).toEqual([
      [changed.id, true, true, same.id],
      [failed.id, false, false, null],
      [same.id, true, false, first.id],
      [first.id, true, false, null],
    ]);
    expect(source.captures[1]).toMatchObject({ error: 'The page did not answer within 15 s.', textLength: null });
    expect(source.evidence[0]).toMatchObject({
      captureId: changed.id,
      quoteStart: 4,
      quoteEnd: 8,
      capture: { capturedAt: new Date(Date.UTC(2026, 0, 1, 0, 4)) },
    });
    expect(source.linkStatus).toBe('changed');
  });

  it('is not found in another workspace or for a non-member', async () => {
    const d = await desk();
    const other = await desk();
    await expect(
      getSource({ userId: other.owner.id, workspaceId: other.workspace.id, sourceId: d.sources.gone1.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSource({ userId: other.owner.id, workspaceId: d.workspace.id, sourceId: d.sources.gone1.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('capture reader', () => {
  it('reads a capture with its text, the previous one and a piece of evidence on the source', async () => {
    const d = await desk();
    const db = getDb();
    const sourceId = d.sources.changed.id;
    const older = await db.sourceCapture.create({
      data: { sourceId, finalUrl: 'https://changed.example.test/', text: 'It cost $14 billion.', capturedAt: new Date('2026-01-01') },
    });
    const newer = await db.sourceCapture.create({
      data: { sourceId, finalUrl: 'https://changed.example.test/', text: 'It cost $12 billion.', capturedAt: new Date('2026-01-02') },
    });
    const evidence = await db.evidence.findFirstOrThrow({ where: { sourceId }, select: { id: true } });
    await db.evidence.update({ where: { id: evidence.id }, data: { captureId: newer.id, quoteStart: null, quoteEnd: null } });
    const scope = { userId: d.owner.id, workspaceId: d.workspace.id, sourceId };

    const read = await getSourceCapture({ ...scope, captureId: newer.id, evidenceId: evidence.id });
    expect(read).toMatchObject({
      id: newer.id,
      text: 'It cost $12 billion.',
      previousId: older.id,
      source: { id: sourceId, linkStatus: 'changed' },
    });
    expect(read.evidence).toMatchObject({ id: evidence.id, captureId: newer.id, quoteStart: null, quoteEnd: null });
    expect((await getSourceCapture({ ...scope, captureId: older.id })).previousId).toBeNull();
    // Evidence on another source is not this page's to show.
    const elsewhere = await db.evidence.findFirstOrThrow({ where: { sourceId: d.sources.relied.id }, select: { id: true } });
    expect((await getSourceCapture({ ...scope, captureId: newer.id, evidenceId: elsewhere.id })).evidence).toBeNull();

    const compared = await compareSourceCaptures({ ...scope, captureId: newer.id });
    expect([compared.later.id, compared.earlier?.id]).toEqual([newer.id, older.id]);
    expect(compared.choices.map((choice) => choice.id)).toEqual([newer.id, older.id]);
    expect((await compareSourceCaptures({ ...scope, captureId: older.id })).earlier).toBeNull();
  });

  it('answers not found for another workspace’s capture, a capture under another source, or a non-member', async () => {
    const d = await desk();
    const other = await desk();
    const capture = await getDb().sourceCapture.create({
      data: { sourceId: d.sources.relied.id, finalUrl: 'https://relied.example.test/', text: 'Text.' },
    });
    const mine = { userId: d.owner.id, workspaceId: d.workspace.id };
    expect((await getSourceCapture({ ...mine, sourceId: d.sources.relied.id, captureId: capture.id })).text).toBe('Text.');
    await expect(
      getSourceCapture({ userId: other.owner.id, workspaceId: other.workspace.id, sourceId: d.sources.relied.id, captureId: capture.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      getSourceCapture({
        userId: other.owner.id,
        workspaceId: other.workspace.id,
        sourceId: other.sources.relied.id,
        captureId: capture.id,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSourceCapture({ ...mine, sourceId: d.sources.gone1.id, captureId: capture.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      getSourceCapture({ userId: other.owner.id, workspaceId: d.workspace.id, sourceId: d.sources.relied.id, captureId: capture.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      compareSourceCaptures({ ...mine, sourceId: d.sources.relied.id, captureId: capture.id, withId: other.sources.relied.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('claim board flags', () => {
  it('flags claims whose evidence’s source changed or died, and filters them', async () => {
    const d = await desk();
    const board = await listClaims({ userId: d.owner.id, workspaceId: d.workspace.id }, {});
    const flag = (claimId: string) => board.rows.find((row) => row.id === claimId)!.sourceFlag;
    expect(flag(d.claims.deal)).toBe('changed');
    expect(flag(d.claims.submarines)).toBe('gone');

    const ids = async (source: 'flagged' | 'changed' | 'gone') =>
      (await listClaims({ userId: d.owner.id, workspaceId: d.workspace.id }, { source })).rows.map((row) => row.id).sort();
    expect(await ids('flagged')).toEqual([d.claims.deal, d.claims.submarines].sort());
    expect(await ids('gone')).toEqual([d.claims.submarines]);
    expect(await ids('changed')).toEqual([d.claims.deal]);

    // The page comes back: the claim is no longer flagged.
    await getDb().source.update({ where: { id: d.sources.gone1.id }, data: { linkStatus: 'alive' } });
    expect(await ids('gone')).toEqual([]);
    expect(await ids('flagged')).toEqual([d.claims.deal]);
  });
});

describe('source notifications', () => {
  it('open the source page', async () => {
    const d = await desk();
    await getDb().notification.create({
      data: {
        workspaceId: d.workspace.id,
        userId: d.owner.id,
        kind: 'source_gone',
        message: 'A source is gone',
        sourceId: d.sources.gone1.id,
        claimId: d.claims.submarines,
        documentId: d.document.id,
      },
    });
    const [notification] = await listNotifications({ userId: d.owner.id });
    expect(notification).toMatchObject({ kind: 'source_gone', href: `/w/${d.workspace.slug}/sources/${d.sources.gone1.id}` });
  });
});
