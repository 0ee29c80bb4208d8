// The link-health job over time: a page that stays the same, changes, dies and comes back; what
// is stored each time, the quotes placed in the captures, and who is told. "Time passes" by
// making the source due (nextCheckAt in the past), as the schedule would.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { diffTexts } from '@/lib/diff/text-diff';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { checkSourceNow } from '@/lib/server/sources/check-source-now';
import { runLinkChecks } from '@/lib/server/sources/run-link-checks';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { startHttpServer } from './support/http-server';
import { capturesOf, makeClaimOnSource, notificationsAbout, sourceOf } from './support/source-fixtures';

const QUOTE = 'The port of Rotterdam handled 14.5 million TEU in 2023';
const page = (body: string) =>
  `<!doctype html><html><head><title>Port report</title></head><body><article><h1>Port report</h1>${body}</article></body></html>`;
const ORIGINAL = page(`<p>${QUOTE}, a fall of 7% from the record year before.</p><p>Rail links are being expanded.</p>`);
const REVISED = page(
  `<p>The port of Rotterdam handled 13.4 million TEU in 2023, a fall of 14% from the year before.</p><p>Rail links are being expanded.</p>`,
);

/** What each path of the server answers now; tests change it between checks. */
const answers = new Map<string, { status: number; body: string }>();
let server: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  server = await startHttpServer({
    '/page': (request, response) => {
      const answer = answers.get(new URL(request.url!, 'http://x').searchParams.get('id') ?? '') ?? { status: 404, body: 'not found' };
      response.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' }).end(answer.body);
    },
  });
});
beforeEach(() => {
  process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
  process.env.MARGIN_LINK_CHECK_INTERVAL = '6h';
});
afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  delete process.env.MARGIN_LINK_CHECK_INTERVAL;
  await server.close();
});

let pages = 0;
function servedPage(body: string) {
  const id = `p${++pages}`;
  answers.set(id, { status: 200, body });
  return { id, url: server.url(`/page?id=${id}`), serve: (status: number, next = '') => answers.set(id, { status, body: next }) };
}

const makeDue = (sourceId: string) =>
  getDb().source.update({ where: { id: sourceId }, data: { nextCheckAt: new Date(Date.now() - 1000) } });

async function checkByJob(fixture: { workspace: { id: string }; sourceId: string }) {
  await makeDue(fixture.sourceId);
  const run = await runLinkChecks({ workspaceId: fixture.workspace.id });
  expect(run.failed).toEqual([]);
  expect(run.checked).toHaveLength(1);
  return run.checked[0]!;
}

describe('link health', () => {
  it('notes only the time when nothing changed, and plans the next check one interval later', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: QUOTE });
    expect(await checkByJob(fixture)).toMatchObject({ status: 'alive', previousStatus: 'unchecked' });
    const first = await sourceOf(fixture.sourceId);

    const again = await checkByJob(fixture);
    expect(again).toMatchObject({ status: 'alive', previousStatus: 'alive', captureId: null });
    expect(await capturesOf(fixture.sourceId)).toHaveLength(1);
    const source = await sourceOf(fixture.sourceId);
    expect(source.lastCheckedAt!.getTime()).toBeGreaterThan(first.lastCheckedAt!.getTime());
    expect(source.statusChangedAt).toEqual(first.statusChangedAt);
    expect(source.nextCheckAt!.getTime() - source.lastCheckedAt!.getTime()).toBe(6 * 3_600_000);
    expect(await notificationsAbout(fixture.sourceId)).toEqual([]);
  });

  it('finds a page that changed: a new capture, the two comparable, the claim’s assignee told once', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: QUOTE });
    await checkByJob(fixture);

    served.serve(200, REVISED);
    const changed = await checkByJob(fixture);
    expect(changed).toMatchObject({ status: 'changed', previousStatus: 'alive' });
    const [before, after] = await capturesOf(fixture.sourceId);
    expect(changed.captureId).toBe(after!.id);
    expect(after!.trigger).toBe('schedule');
    const diff = diffTexts(before!.text!, after!.text!);
    const side = (kind: 'removed' | 'added') =>
      diff.segments
        .filter((segment) => segment.kind === 'same' || segment.kind === kind)
        .map((segment) => segment.text)
        .join('');
    expect([side('removed'), side('added')]).toEqual([before!.text, after!.text]);
    expect(
      diff.segments
        .filter((segment) => segment.kind === 'removed')
        .map((segment) => segment.text)
        .join(' '),
    ).toContain('record');
    expect(diff).toMatchObject({ added: expect.any(Number), removed: expect.any(Number) });
    expect(diff.added).toBeGreaterThan(0);

    expect(await notificationsAbout(fixture.sourceId)).toEqual([
      {
        userId: fixture.checker.id,
        kind: 'source_changed',
        claimId: fixture.claimId,
        actorId: null,
        message: `A source of “Rotterdam handled 14.5 million containers in 2023” changed, and the quoted passage is no longer on it: “Port report” (127.0.0.1).`,
      },
    ]);

    // Still the revised text: still changed (nobody acknowledged it), nothing stored, nobody told again.
    expect(await checkByJob(fixture)).toMatchObject({ status: 'changed', previousStatus: 'changed', captureId: null });
    expect(await capturesOf(fixture.sourceId)).toHaveLength(2);
    expect(await notificationsAbout(fixture.sourceId)).toHaveLength(1);

    // "Capture now" acknowledges the change.
    const acknowledged = await checkSourceNow({ workspaceId: fixture.workspace.id, sourceId: fixture.sourceId, mode: 'capture' });
    expect(acknowledged).toMatchObject({ status: 'alive', previousStatus: 'changed' });
    expect((await capturesOf(fixture.sourceId)).map((capture) => capture.trigger)).toEqual(['added', 'schedule', 'manual']);
  });

  it('finds a page that died and came back, telling the assignee and the proposer when it went', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: QUOTE });
    await getDb().claim.update({ where: { id: fixture.claimId }, data: { proposedById: fixture.owner.id } });
    await checkByJob(fixture);

    served.serve(404, 'not found');
    expect(await checkByJob(fixture)).toMatchObject({ status: 'gone', previousStatus: 'alive', error: 'The page answered with HTTP 404.' });
    const told = await notificationsAbout(fixture.sourceId);
    expect(told.map((note) => [note.kind, note.userId]).sort()).toEqual(
      [
        ['source_gone', fixture.checker.id],
        ['source_gone', fixture.owner.id],
      ].sort(),
    );
    expect(told[0]!.message).toContain('is gone (The page answered with HTTP 404)');

    // Still gone: the time is noted and the next check planned, nothing stored, nobody told again.
    expect(await checkByJob(fixture)).toMatchObject({ status: 'gone', captureId: null });
    expect(await capturesOf(fixture.sourceId)).toHaveLength(2);
    expect(await notificationsAbout(fixture.sourceId)).toHaveLength(2);
    expect((await sourceOf(fixture.sourceId)).nextCheckAt!.getTime()).toBeGreaterThan(Date.now());

    // Back with the same text: alive again, compared with the last capture that could be read.
    served.serve(200, ORIGINAL);
    expect(await checkByJob(fixture)).toMatchObject({ status: 'alive', previousStatus: 'gone', error: null });
    expect(await sourceOf(fixture.sourceId)).toMatchObject({ linkStatus: 'alive', lastError: null });
  });
});

describe('quotes anchored in the capture', () => {
  it('places a quote added before the first capture once the page is captured, tolerating other quotation marks and spaces', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: '“the port of Rotterdam handled 14.5  million TEU in 2023”' });
    expect(await getDb().evidence.findUniqueOrThrow({ where: { id: fixture.evidenceId } })).toMatchObject({
      captureId: null,
      quoteStart: null,
    });

    await checkByJob(fixture);
    const [capture] = await capturesOf(fixture.sourceId);
    const evidence = await getDb().evidence.findUniqueOrThrow({ where: { id: fixture.evidenceId } });
    expect(evidence.captureId).toBe(capture!.id);
    expect(capture!.text!.slice(evidence.quoteStart!, evidence.quoteEnd!)).toBe(QUOTE);
  });

  it('says a quote is not in the capture: the capture set, no offsets', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: 'Volumes collapsed and will never recover.' });
    await checkByJob(fixture);
    const [capture] = await capturesOf(fixture.sourceId);
    expect(await getDb().evidence.findUniqueOrThrow({ where: { id: fixture.evidenceId } })).toMatchObject({
      captureId: capture!.id,
      quoteStart: null,
      quoteEnd: null,
    });
  });

  it('places the quote of evidence added later in the latest capture at once, and moves every quote to a new capture', async () => {
    const served = servedPage(ORIGINAL);
    const fixture = await makeClaimOnSource({ url: served.url, quote: QUOTE });
    await checkByJob(fixture);
    const [first] = await capturesOf(fixture.sourceId);

    // Another claim of the workspace relies on the same page, with another passage.
    const annotation = await createAnnotation({
      workspaceId: fixture.workspace.id,
      userId: fixture.owner.id,
      documentId: fixture.documentId,
      versionId: fixture.versionId,
      start: 0,
      end: 9,
      kind: 'claim',
      visibility: 'shared',
      tagIds: [],
    });
    const other = { id: annotation.claim!.id };
    const added = await addEvidence({
      workspaceId: fixture.workspace.id,
      userId: fixture.owner.id,
      claimId: other.id,
      source: normalizeSourceUrl(served.url),
      stance: 'supports',
      quote: 'rail links are being expanded',
    });
    const placed = await getDb().evidence.findUniqueOrThrow({ where: { id: added.id } });
    expect(placed.captureId).toBe(first!.id);
    expect(first!.text!.slice(placed.quoteStart!, placed.quoteEnd!)).toBe('Rail links are being expanded');

    served.serve(200, REVISED);
    await checkByJob(fixture);
    const [, revised] = await capturesOf(fixture.sourceId);
    const [gone, kept] = await Promise.all(
      [fixture.evidenceId, added.id].map((id) => getDb().evidence.findUniqueOrThrow({ where: { id } })),
    );
    expect(gone).toMatchObject({ captureId: revised!.id, quoteStart: null, quoteEnd: null });
    // Placing a quote is not an edit: a "Remove" sent with the version the person saw still applies.
    expect([gone!.version, kept!.version]).toEqual([1, 1]);
    expect(kept!.captureId).toBe(revised!.id);
    expect(revised!.text!.slice(kept!.quoteStart!, kept!.quoteEnd!)).toBe('Rail links are being expanded');
  });
});
