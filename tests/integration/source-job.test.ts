// The link-health job's state lives in PostgreSQL: instances take distinct due sources
// (FOR NO KEY UPDATE SKIP LOCKED), a taken source is leased, and the scheduler checks what is due.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { claimDueSources } from '@/lib/server/sources/claim-due-sources';
import { startLinkCheckScheduler } from '@/lib/server/sources/link-check-scheduler';
import { runLinkChecks } from '@/lib/server/sources/run-link-checks';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { makeUser, makeWorkspace } from './support/factories';
import { startHttpServer } from './support/http-server';
import { capturesOf, makeClaim } from './support/source-fixtures';

let server: Awaited<ReturnType<typeof startHttpServer>>;
const requests: string[] = [];

beforeAll(async () => {
  server = await startHttpServer({
    '/page': (request, response) => {
      requests.push(request.url!);
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`Page ${request.url}`);
    },
  });
});
beforeEach(() => {
  process.env.MARGIN_FETCH_ALLOW_HOSTS = '127.0.0.1';
});
afterAll(async () => {
  delete process.env.MARGIN_FETCH_ALLOW_HOSTS;
  delete process.env.MARGIN_LINK_CHECK_POLL;
  await server.close();
});

async function dueSources(count: number, workspaceId?: string) {
  const workspace = workspaceId ? { id: workspaceId, slug: workspaceId } : await makeWorkspace((await makeUser()).id);
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const source = await getDb().source.create({
      data: {
        workspaceId: workspace.id,
        ...normalizeSourceUrl(server.url(`/page?ws=${workspace.slug}&n=${n}`)),
        nextCheckAt: new Date(Date.now() - 1000),
      },
      select: { id: true },
    });
    ids.push(source.id);
  }
  return { workspace, ids };
}

describe('the link-health job', () => {
  it('skips a source another instance holds, without waiting for it, and leases what it takes', async () => {
    const { workspace, ids } = await dueSources(4);
    const [held, ...others] = ids;
    let holding!: () => void;
    let release!: () => void;
    const isHeld = new Promise<void>((resolve) => (holding = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    // Another instance in the middle of taking `held`: its row is locked until that transaction ends.
    const otherInstance = getDb().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${held} FOR NO KEY UPDATE`;
        holding();
        await released;
      },
      { timeout: 30_000 },
    );
    await isHeld;
    const taken = await claimDueSources({ limit: 10, leaseMs: 60_000, workspaceId: workspace.id });
    release();
    await otherInstance;
    expect(taken.sort()).toEqual(others.sort());

    // Taken sources are leased: not due again until the lease runs out.
    expect(await claimDueSources({ limit: 10, leaseMs: 60_000, workspaceId: workspace.id })).toEqual([held]);
    expect(await claimDueSources({ limit: 10, leaseMs: 60_000, workspaceId: workspace.id })).toEqual([]);
  });

  it('lets two concurrent runs check every due source exactly once between them', async () => {
    const { workspace, ids } = await dueSources(14);
    const [first, second] = await Promise.all([runLinkChecks({ workspaceId: workspace.id }), runLinkChecks({ workspaceId: workspace.id })]);
    expect(first.failed.concat(second.failed)).toEqual([]);
    const checked = [...first.checked, ...second.checked].map((result) => result.sourceId);
    expect(checked.sort()).toEqual([...ids].sort());
    expect(new Set(checked).size).toBe(ids.length);
    expect(requests.filter((url) => url.includes(`ws=${workspace.slug}&`))).toHaveLength(ids.length);
    for (const id of ids) expect(await capturesOf(id)).toHaveLength(1);
    const statuses = await getDb().source.groupBy({ by: ['linkStatus'], where: { workspaceId: workspace.id }, _count: true });
    expect(statuses).toEqual([{ linkStatus: 'alive', _count: ids.length }]);
  });

  it('runs in the app on a timer, and is woken when evidence brings a new source', async () => {
    process.env.MARGIN_LINK_CHECK_POLL = '1h'; // a round runs at start; the next one here only when woken
    const claim = await makeClaim();
    const { ids } = await dueSources(2, claim.workspace.id);
    const stop = startLinkCheckScheduler({ workspaceId: claim.workspace.id, log: { info: () => {}, error: console.error } });
    try {
      await vi.waitFor(async () => expect(await getDb().sourceCapture.count({ where: { sourceId: { in: ids } } })).toBe(2), {
        timeout: 20_000,
        interval: 100,
      });

      const url = server.url(`/page?late=${claim.workspace.slug}`);
      const evidence = await addEvidence({
        workspaceId: claim.workspace.id,
        userId: claim.owner.id,
        claimId: claim.claimId,
        source: normalizeSourceUrl(url),
        stance: 'supports',
        quote: 'Page',
      });
      const { sourceId } = await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id }, select: { sourceId: true } });
      await vi.waitFor(async () => expect(await capturesOf(sourceId!)).toHaveLength(1), { timeout: 20_000, interval: 100 });
      const [capture] = await capturesOf(sourceId!);
      expect(await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
        captureId: capture!.id,
        quoteStart: 0,
        quoteEnd: 4,
      });
    } finally {
      await stop();
    }
  });
});
