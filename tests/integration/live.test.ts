// Live updates through the real SSE route: changes made by the ordinary server functions reach
// the streams that may see them (and only those), streams resume without gaps, and a member who
// loses access is told and cut off. Absence is shown by a later marker event arriving (NOTIFY
// delivers in commit order, so anything due before it would already be there).
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { createComment } from '@/lib/server/comments/create-comment';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';
import { getLiveService } from '@/lib/server/live/live-service';
import { pruneLiveEvents } from '@/lib/server/live/prune';
import { removeMember } from '@/lib/server/members/remove-member';
import { changesOf, hasChange, liveDesk, liveStreams, openLive } from './support/live-desk';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

const { open, route } = liveStreams(async () => (await import('@/app/api/w/[workspace]/live/route')).GET);

describe('live stream', () => {
  it('answers an event stream that is never buffered or compressed, starting with hello', async () => {
    const { owner, workspace } = await liveDesk();
    const stream = await open(owner.id, workspace.slug);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    const hello = stream.sse.messages[0]!;
    expect(hello).toMatchObject({
      event: 'hello',
      id: undefined,
      data: { connectionId: expect.any(String), instanceId: getLiveService().instanceId, lastEventId: expect.stringMatching(/^\d+$/) },
    });
  });

  it('brings an annotation, a claim step and a comment to the document and workspace streams', async () => {
    const { owner, checker, viewer, workspace, document, mark } = await liveDesk();
    const onDocument = await open(viewer.id, workspace.slug, { query: { document: document.id } });
    const onWorkspace = await open(owner.id, workspace.slug);

    const figure = await mark(checker.id, 'over 16,500 containers');
    const claimId = figure.claim!.id;
    for (const stream of [onDocument, onWorkspace]) {
      const message = await stream.sse.waitFor(hasChange('annotation', figure.id, 'insert'));
      expect(message.data).toEqual({
        id: message.id,
        entity: 'annotation',
        entityId: figure.id,
        documentId: document.id,
        action: 'insert',
        version: 1,
      });
      await stream.sse.waitFor(hasChange('claim', claimId, 'insert'));
    }

    await takeClaimStep({ workspaceId: workspace.id, userId: checker.id, role: 'checker', claimId, version: 1, step: { step: 'start' } });
    for (const stream of [onDocument, onWorkspace]) {
      const message = await stream.sse.waitFor(hasChange('claim', claimId, 'update'));
      expect(message.data).toMatchObject({ documentId: document.id, version: 2 });
    }

    const comment = await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: figure.id,
      parentId: null,
      body: 'Where does 16,500 come from?',
    });
    for (const stream of [onDocument, onWorkspace]) await stream.sse.waitFor(hasChange('comment', comment.id, 'insert'));

    // Ids and versions only: nothing of the text travels.
    const payloads = JSON.stringify(onWorkspace.sse.messages);
    expect(payloads).not.toContain('16,500');
    expect(payloads).not.toContain('Where does');
  });

  it("gives a document stream its document's events, not another document's", async () => {
    const { owner, workspace, document, otherDocument, mark } = await liveDesk();
    const stream = await open(owner.id, workspace.slug, { query: { document: document.id } });
    const elsewhere = await mark(owner.id, 'munitions', { on: otherDocument });
    const here = await mark(owner.id, 'Russia');
    await stream.sse.waitFor(hasChange('annotation', here.id));
    expect(changesOf(stream)).not.toContain(`annotation:insert:${elsewhere.id}`);
  });

  it('gives nothing to a member of another workspace, and answers 404 to anyone not a member', async () => {
    const { owner, outsider, workspace, elsewhere, document, outsiderDocument, mark } = await liveDesk();
    const theirs = await open(outsider.id, elsewhere.slug);
    const ours = await mark(owner.id, 'over 16,500 containers');
    const marker = await mark(outsider.id, 'munitions', { on: outsiderDocument, workspaceId: elsewhere.id });
    await theirs.sse.waitFor(hasChange('annotation', marker.id));
    expect(changesOf(theirs).filter((change) => change.includes(ours.id))).toEqual([]);
    expect(
      theirs.sse.messages
        .filter((message) => message.event === 'change')
        .every((message) => (message.data as { documentId: string | null }).documentId === outsiderDocument.id),
    ).toBe(true);

    for (const query of [{}, { document: document.id }] as Record<string, string>[]) {
      const refused = await openLive(route(), outsider.id, workspace.slug, { query });
      expect(refused.response.status).toBe(404);
    }
    // Their own workspace, our document: not found either. Signed out: 401.
    expect((await openLive(route(), outsider.id, elsewhere.slug, { query: { document: document.id } })).response.status).toBe(404);
    expect((await openLive(route(), owner.id, workspace.slug, { query: { document: 'no-such-document' } })).response.status).toBe(404);
    expect((await openLive(route(), null, workspace.slug)).response.status).toBe(401);
  });

  it("sends a private annotation's events to its author only", async () => {
    const { owner, checker, workspace, document, mark } = await liveDesk();
    const author = await open(checker.id, workspace.slug, { query: { document: document.id } });
    const other = await open(owner.id, workspace.slug, { query: { document: document.id } });
    const note = await mark(checker.id, 'munitions', { kind: 'note', visibility: 'private' });
    const comment = await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: note.id,
      parentId: null,
      body: 'To myself',
    });
    const marker = await mark(owner.id, 'Russia', { kind: 'note' });

    await author.sse.waitFor(hasChange('annotation', marker.id));
    expect(changesOf(author)).toEqual(expect.arrayContaining([`annotation:insert:${note.id}`, `comment:insert:${comment.id}`]));
    await other.sse.waitFor(hasChange('annotation', marker.id));
    expect(changesOf(other).filter((change) => change.includes(note.id) || change.includes(comment.id))).toEqual([]);
  });

  it('replays exactly the missed events after Last-Event-ID or ?since=, then goes on live', async () => {
    const { owner, checker, workspace, document, otherDocument, mark } = await liveDesk();
    const first = await open(owner.id, workspace.slug, { query: { document: document.id } });
    const seen = await mark(checker.id, 'over 16,500 containers');
    const lastSeen = (await first.sse.waitFor(hasChange('claim', seen.claim!.id))).id!;
    first.abort.abort();

    // Missed while away: two on this document, one on another document, one private to someone else.
    const missed = await mark(checker.id, 'munitions', { kind: 'claim' });
    const comment = await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: missed.id,
      parentId: null,
      body: 'Check this',
    });
    await mark(checker.id, 'Russia', { on: otherDocument });
    await mark(checker.id, 'since 2023', { kind: 'note', visibility: 'private' });
    const expected = [`annotation:insert:${missed.id}`, `claim:insert:${missed.claim!.id}`, `comment:insert:${comment.id}`];

    const byHeader = await open(owner.id, workspace.slug, { query: { document: document.id }, headers: { 'last-event-id': lastSeen } });
    const bySince = await open(owner.id, workspace.slug, { query: { document: document.id, since: lastSeen } });
    const later = await mark(owner.id, 'North Korea');
    for (const stream of [byHeader, bySince]) {
      await stream.sse.waitFor(hasChange('claim', later.claim!.id));
      expect(changesOf(stream)).toEqual([...expected, `annotation:insert:${later.id}`, `claim:insert:${later.claim!.id}`]);
      // Replayed events keep their ids, in order, after the hello.
      const ids = stream.sse.messages.filter((message) => message.event === 'change').map((message) => BigInt(message.id!));
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
      expect(ids[0]! > BigInt(lastSeen)).toBe(true);
    }
  });

  it('numbers events in commit order, so a resume does not skip a transaction that committed late', async () => {
    const { owner, checker, workspace, document, mark } = await liveDesk();
    const slow = await mark(checker.id, 'munitions', { kind: 'note' });
    const stream = await open(owner.id, workspace.slug, { query: { document: document.id } });
    // A transaction changes the note first and commits last.
    let letCommit!: () => void;
    let signalChanged!: () => void;
    const mayCommit = new Promise<void>((resolve) => (letCommit = resolve));
    const changed = new Promise<void>((resolve) => (signalChanged = resolve));
    const late = getDb().$transaction(async (tx) => {
      await tx.annotation.update({ where: { id: slow.id }, data: { version: { increment: 1 } } });
      signalChanged();
      await mayCommit;
    });
    await changed;
    const quick = await mark(owner.id, 'Russia', { kind: 'note' });
    const seen = (await stream.sse.waitFor(hasChange('annotation', quick.id))).id!;
    stream.abort.abort(); // gone, having seen the quick change

    letCommit();
    await late;
    const resumed = await open(owner.id, workspace.slug, { query: { document: document.id, since: seen } });
    const replayed = await resumed.sse.waitFor(hasChange('annotation', slow.id, 'update'));
    expect(BigInt(replayed.id!) > BigInt(seen)).toBe(true);
    expect(changesOf(resumed)).toEqual([`annotation:update:${slow.id}`]);
  });

  it('answers reset to an id it cannot replay from: pruned, unknown or not an id', async () => {
    const { owner, workspace, mark } = await liveDesk();
    const stream = await open(owner.id, workspace.slug);
    const figure = await mark(owner.id, 'munitions');
    const old = (await stream.sse.waitFor(hasChange('annotation', figure.id))).id!;
    await pruneLiveEvents(0);
    expect(await getDb().liveEvent.count({ where: { id: BigInt(old) } })).toBe(0);

    for (const cursor of [old, '999999999999', '9999999999999999999', 'yesterday']) {
      const resumed = await open(owner.id, workspace.slug, { query: { since: cursor } });
      const reset = await resumed.sse.waitFor((message) => message.event === 'reset');
      expect(reset.data).toEqual({});
      expect(resumed.sse.messages.map((message) => message.event)).toEqual(['hello', 'reset']);
    }
  });

  it('tells a removed member their access is revoked and closes the stream; a role change keeps it', async () => {
    const { owner, checker, viewer, workspace, document, checkerMembership, viewerMembership } = await liveDesk();
    const checkers = await open(checker.id, workspace.slug, { query: { document: document.id } });
    const viewers = await open(viewer.id, workspace.slug);
    await getDb().membership.update({ where: { id: viewerMembership.id }, data: { role: 'checker', version: { increment: 1 } } });
    await viewers.sse.waitFor(hasChange('membership', viewerMembership.id, 'update'));

    await removeMember({ actorId: owner.id, workspaceId: workspace.id, membershipId: checkerMembership.id });
    await checkers.sse.waitFor((message) => message.event === 'revoked');
    await checkers.sse.done;
    expect(checkers.sse.messages.at(-1)).toMatchObject({ event: 'revoked', data: {} });
    expect(viewers.sse.ended).toBe(false);
    // Their presence went with the stream.
    expect(await getDb().presence.count({ where: { userId: checker.id } })).toBe(0);
  });
});
