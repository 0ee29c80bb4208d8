// The user's own live stream (GET /api/live, for pages outside a workspace): a user's
// notifications reach their stream, from any workspace, and nothing else does — not another
// user's notifications, not the workspace's changes. Absence is shown by a later marker event
// arriving (NOTIFY delivers in commit order, so anything due before it would already be there).
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { createComment } from '@/lib/server/comments/create-comment';
import { changesOf, hasChange, liveDesk, liveStreams, openLive } from './support/live-desk';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

const live = liveStreams(async () => (await import('@/app/api/live/route')).GET);
const open = (userId: string, query: Record<string, string> = {}) => live.open(userId, 'unused', { query });

/** The notification `userId` got last (a mention makes one). */
const newestNotificationOf = (userId: string) =>
  getDb().notification.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: 'desc' }, select: { id: true } });

describe('user live stream', () => {
  it('answers 401 when signed out', async () => {
    const opened = await openLive(live.route(), null, 'unused');
    expect(opened.response.status).toBe(401);
    expect(await opened.response.json()).toMatchObject({ code: 'unauthorized' });
  });

  it("brings a user's notification to their stream only, and nothing of the workspace", async () => {
    const { owner, checker, viewer, workspace, mark } = await liveDesk();
    const checkers = await open(checker.id);
    const viewers = await open(viewer.id);

    const figure = await mark(owner.id, 'over 16,500 containers');
    await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: null,
      body: `Source? @[Ana Checker](${checker.id})`,
    });
    const forChecker = await newestNotificationOf(checker.id);
    const message = await checkers.sse.waitFor(hasChange('notification', forChecker.id, 'insert'));
    expect(message.data).toEqual({
      id: message.id,
      entity: 'notification',
      entityId: forChecker.id,
      documentId: null,
      action: 'insert',
      version: null,
    });

    // The markers: a notification for the viewer after everything above, then one more for the checker.
    await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: null,
      body: `And you? @[Vic Viewer](${viewer.id})`,
    });
    const forViewer = await newestNotificationOf(viewer.id);
    await viewers.sse.waitFor(hasChange('notification', forViewer.id, 'insert'));
    await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: null,
      body: `Again, @[Ana Checker](${checker.id})`,
    });
    const markerForChecker = await newestNotificationOf(checker.id);
    await checkers.sse.waitFor(hasChange('notification', markerForChecker.id, 'insert'));
    expect(changesOf(viewers)).toEqual([`notification:insert:${forViewer.id}`]);
    expect(changesOf(checkers)).toEqual([`notification:insert:${forChecker.id}`, `notification:insert:${markerForChecker.id}`]);
  });

  it('replays the notifications missed after ?since=, and only those', async () => {
    const { owner, checker, workspace, mark } = await liveDesk();
    const first = await open(checker.id);
    const { lastEventId } = first.sse.messages[0]!.data as { lastEventId: string };
    first.abort.abort();

    const figure = await mark(owner.id, 'munitions');
    await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: null,
      body: `Check this, @[Ana Checker](${checker.id})`,
    });
    const missed = await newestNotificationOf(checker.id);

    const resumed = await open(checker.id, { since: lastEventId });
    await resumed.sse.waitFor(hasChange('notification', missed.id, 'insert'));
    expect(changesOf(resumed)).toEqual([`notification:insert:${missed.id}`]);
  });
});
