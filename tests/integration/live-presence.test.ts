// Presence: a row per open document stream, announced to every stream of the document; the
// selection POST (also the heartbeat) changes only the caller's own row; closed and stale rows go.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import type { TLivePresence } from '@/lib/live/events';
import { getLiveService } from '@/lib/server/live/live-service';
import { loadPresence } from '@/lib/server/live/presence';
import { pruneStalePresence } from '@/lib/server/live/prune';
import { liveDesk, liveStreams } from './support/live-desk';
import { actAs } from './support/session';
import type { SseMessage } from './support/sse-reader';
import { FROM_OWN_PAGE } from './support/own-page';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

type PresenceRoute = (request: Request, context: { params: Promise<{ workspace: string; documentId: string }> }) => Promise<Response>;
let POST: PresenceRoute;
const live = liveStreams(async () => (await import('@/app/api/w/[workspace]/live/route')).GET);

beforeAll(async () => {
  ({ POST } = await import('@/app/api/w/[workspace]/documents/[documentId]/presence/route'));
});

async function open(userId: string, slug: string, documentId: string) {
  const stream = await live.open(userId, slug, { query: { document: documentId } });
  return { ...stream, connectionId: (stream.sse.messages[0]!.data as { connectionId: string }).connectionId };
}

async function postPresence(userId: string | null, slug: string, documentId: string, body: unknown) {
  actAs(userId);
  try {
    const request = new Request(`http://localhost:3000/api/w/${slug}/documents/${documentId}/presence`, {
      method: 'POST',
      headers: { ...FROM_OWN_PAGE, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return await POST(request, { params: Promise.resolve({ workspace: slug, documentId }) });
  } finally {
    actAs(null);
  }
}

/** A presence message whose people satisfy `match`. */
const presenceWhere = (match: (people: TLivePresence['people']) => boolean) => (message: SseMessage) =>
  message.event === 'presence' && match((message.data as TLivePresence).people);
const connections = (people: TLivePresence['people']) => people.map((person) => person.connectionId).sort();

describe('presence', () => {
  it('lists everyone who has the document open, to each of them, and forgets a closed page', async () => {
    const { owner, checker, workspace, document } = await liveDesk();
    const olga = await open(owner.id, workspace.slug, document.id);
    await olga.sse.waitFor(presenceWhere((people) => people.length === 1));
    const ana = await open(checker.id, workspace.slug, document.id);
    const both = [olga.connectionId, ana.connectionId].sort();
    for (const stream of [olga, ana]) {
      const message = await stream.sse.waitFor(presenceWhere((people) => people.length === 2));
      expect(message.data).toMatchObject({ documentId: document.id });
      expect(connections((message.data as TLivePresence).people)).toEqual(both);
    }
    const row = await getDb().presence.findUniqueOrThrow({ where: { id: ana.connectionId } });
    expect(row).toMatchObject({
      workspaceId: workspace.id,
      documentId: document.id,
      userId: checker.id,
      instanceId: getLiveService().instanceId,
    });

    const from = olga.sse.messages.length;
    ana.abort.abort();
    const after = await olga.sse.waitFor(
      presenceWhere((people) => people.length === 1),
      from,
    );
    expect((after.data as TLivePresence).people).toEqual([
      expect.objectContaining({ connectionId: olga.connectionId, userId: owner.id, name: 'Olga Owner' }),
    ]);
    expect(await getDb().presence.count({ where: { id: ana.connectionId } })).toBe(0);
  });

  it("shares a member's selection, and refuses to move anyone else's", async () => {
    const { owner, checker, outsider, workspace, elsewhere, document, otherDocument } = await liveDesk();
    const olga = await open(owner.id, workspace.slug, document.id);
    const ana = await open(checker.id, workspace.slug, document.id);

    const moved = await postPresence(checker.id, workspace.slug, document.id, {
      connectionId: ana.connectionId,
      versionId: document.versionId,
      selection: { from: 16, to: 38 },
    });
    expect(moved.status).toBe(204);
    const shown = await olga.sse.waitFor(presenceWhere((people) => people.some((person) => person.selectionTo === 38)));
    expect((shown.data as TLivePresence).people.find((person) => person.connectionId === ana.connectionId)).toEqual({
      connectionId: ana.connectionId,
      userId: checker.id,
      name: 'Ana Checker',
      versionId: document.versionId,
      selectionFrom: 16,
      selectionTo: 38,
    });

    const selection = { from: 0, to: 5 };
    // Another member's connection, an unknown one, the right one under another document: 404.
    expect(
      (
        await postPresence(owner.id, workspace.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: document.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await postPresence(checker.id, workspace.slug, document.id, {
          connectionId: 'no-such-connection',
          versionId: document.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await postPresence(checker.id, workspace.slug, otherDocument.id, {
          connectionId: ana.connectionId,
          versionId: otherDocument.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    // A version of another document: 404. Not a member: 404. Signed out: 401.
    expect(
      (
        await postPresence(checker.id, workspace.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: otherDocument.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await postPresence(outsider.id, workspace.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: document.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await postPresence(outsider.id, elsewhere.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: document.versionId,
          selection,
        })
      ).status,
    ).toBe(404);
    expect(
      (await postPresence(null, workspace.slug, document.id, { connectionId: ana.connectionId, versionId: document.versionId, selection }))
        .status,
    ).toBe(401);
    // Malformed: 422.
    expect(
      (
        await postPresence(checker.id, workspace.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: document.versionId,
          selection: { from: 9, to: 2 },
        })
      ).status,
    ).toBe(422);
    expect(
      (await postPresence(checker.id, workspace.slug, document.id, { connectionId: ana.connectionId, versionId: null, selection })).status,
    ).toBe(422);
    expect((await postPresence(checker.id, workspace.slug, document.id, 'not json at all')).status).toBe(422);

    const row = await getDb().presence.findUniqueOrThrow({ where: { id: ana.connectionId } });
    expect(row).toMatchObject({ versionId: document.versionId, selectionFrom: 16, selectionTo: 38 });

    // A heartbeat with no selection clears it.
    expect(
      (
        await postPresence(checker.id, workspace.slug, document.id, {
          connectionId: ana.connectionId,
          versionId: document.versionId,
          selection: null,
        })
      ).status,
    ).toBe(204);
    await olga.sse.waitFor(presenceWhere((people) => people.length === 2 && people.every((person) => person.selectionFrom === null)));
  });

  it('ignores rows nobody refreshed for a minute and prunes them, telling the open pages', async () => {
    const { owner, checker, workspace, document } = await liveDesk();
    const olga = await open(owner.id, workspace.slug, document.id);
    // A page on an app instance that crashed: its row stays behind, no longer refreshed.
    await getDb().presence.create({
      data: { id: 'crashed-page', workspaceId: workspace.id, documentId: document.id, userId: checker.id, instanceId: 'crashed-instance' },
    });
    await olga.sse.waitFor(presenceWhere((people) => people.length === 2));
    await getDb().presence.update({ where: { id: 'crashed-page' }, data: { lastSeenAt: new Date(Date.now() - 61_000) } });
    expect(connections(await loadPresence(document.id))).toEqual([olga.connectionId]);

    const from = olga.sse.messages.length;
    expect(await pruneStalePresence()).toBeGreaterThanOrEqual(1);
    expect(await getDb().presence.count({ where: { id: 'crashed-page' } })).toBe(0);
    const after = await olga.sse.waitFor(
      presenceWhere(() => true),
      from,
    );
    expect(connections((after.data as TLivePresence).people)).toEqual([olga.connectionId]);
  });
});
