// What the database triggers write to LiveEvent for each kind of change, whoever the writer:
// ids and versions only, the document found through the annotation, private annotations for
// their author only, nothing for a mere touch, and one event for a delete that takes children.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { mentionToken } from '@/lib/comments/mentions';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { addEvidence } from '@/lib/server/evidence/add-evidence';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';
import { addMember, makeUser } from './support/factories';
import { liveDesk } from './support/live-desk';

/** The workspace's events after `afterId`, as [entity, action, entityId, documentId, userId, version]. */
async function eventsOf(workspaceId: string, afterId = 0n) {
  const rows = await getDb().liveEvent.findMany({ where: { workspaceId, id: { gt: afterId } }, orderBy: { id: 'asc' } });
  return rows.map((row) => [row.entity, row.action, row.entityId, row.documentId, row.userId, row.version]);
}

async function newestId() {
  return (await getDb().liveEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;
}

describe('live event triggers', () => {
  it('writes annotation, tag, claim, comment and evidence changes with the document found through the annotation', async () => {
    const { owner, checker, workspace, document, mark } = await liveDesk();
    const tag = await getDb().tag.create({ data: { workspaceId: workspace.id, name: 'Numbers', color: '#336699' } });
    const start = await newestId();
    const figure = await mark(checker.id, 'over 16,500 containers');
    const claimId = figure.claim!.id;
    await getDb().annotationTag.create({ data: { annotationId: figure.id, tagId: tag.id } });
    const comment = await createComment({
      workspaceId: workspace.id,
      userId: owner.id,
      annotationId: figure.id,
      parentId: null,
      body: 'Source?',
    });
    const evidence = await addEvidence({
      workspaceId: workspace.id,
      userId: owner.id,
      claimId,
      source: normalizeSourceUrl('https://www.state.gov/briefings/'),
      stance: 'supports',
      quote: null,
    });
    await getDb().tag.delete({ where: { id: tag.id } }); // takes the tag off the annotation

    expect(await eventsOf(workspace.id, start)).toEqual([
      ['annotation', 'insert', figure.id, document.id, null, 1],
      ['claim', 'insert', claimId, document.id, null, 1],
      ['annotation', 'update', figure.id, document.id, null, 1],
      ['comment', 'insert', comment.id, document.id, null, 1],
      ['evidence', 'insert', evidence.id, document.id, null, 1],
      ['annotation', 'update', figure.id, document.id, null, 1],
    ]);
  });

  it("addresses a private annotation's events, and its thread's, to its author; a change of visibility to everyone", async () => {
    const { checker, workspace, document, mark } = await liveDesk();
    const start = await newestId();
    const note = await mark(checker.id, 'munitions', { kind: 'note', visibility: 'private' });
    const comment = await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: note.id,
      parentId: null,
      body: 'Mine',
    });
    await getDb().annotation.update({ where: { id: note.id }, data: { visibility: 'shared', version: { increment: 1 } } });
    expect(await eventsOf(workspace.id, start)).toEqual([
      ['annotation', 'insert', note.id, document.id, checker.id, 1],
      ['comment', 'insert', comment.id, document.id, checker.id, 1],
      ['annotation', 'update', note.id, document.id, null, 2],
    ]);

    // A private note whose author is gone is no one's to hear about.
    const orphan = await mark(checker.id, 'Russia', { kind: 'note', visibility: 'private' });
    await getDb().annotation.update({ where: { id: orphan.id }, data: { authorId: null } });
    const afterOrphaning = await newestId();
    await getDb().annotation.update({ where: { id: orphan.id }, data: { version: { increment: 1 } } });
    expect(await eventsOf(workspace.id, afterOrphaning)).toEqual([]);
  });

  it('writes versions, document edits, memberships, sources and notifications — and nothing for a touch', async () => {
    const { checker, viewer, workspace, document, viewerMembership, mark } = await liveDesk();
    const figure = await mark(checker.id, 'over 16,500 containers');
    const source = await getDb().source.create({
      data: { workspaceId: workspace.id, url: 'https://example.org/a', normalizedUrl: 'https://example.org/a', domain: 'example.org' },
    });
    const start = await newestId();

    const version = await getDb().documentVersion.create({
      data: { documentId: document.id, number: 2, content: {}, plainText: 'Text', contentHash: 'hash', origin: 'edit' },
    });
    await getDb().document.update({ where: { id: document.id }, data: { updatedAt: new Date() } }); // a touch
    await getDb().document.update({ where: { id: document.id }, data: { title: 'Munitions, corrected', version: { increment: 1 } } });
    await getDb().membership.update({ where: { id: viewerMembership.id }, data: { role: 'checker', version: { increment: 1 } } });
    await getDb().source.update({ where: { id: source.id }, data: { nextCheckAt: new Date() } }); // the checker's schedule only
    await getDb().source.update({ where: { id: source.id }, data: { linkStatus: 'alive', version: { increment: 1 } } });
    await createComment({
      workspaceId: workspace.id,
      userId: checker.id,
      annotationId: figure.id,
      parentId: null,
      body: `${mentionToken({ id: viewer.id, name: 'Vic' })} look`,
    });
    const notification = await getDb().notification.findFirstOrThrow({ where: { userId: viewer.id, workspaceId: workspace.id } });
    await markNotificationsRead({ userId: viewer.id });
    const newcomer = await makeUser();
    const joined = await addMember(workspace.id, newcomer.id, 'viewer');
    await getDb().membership.delete({ where: { id: joined.id } });

    const events = await eventsOf(workspace.id, start);
    const comment = events.find(([entity]) => entity === 'comment')!;
    expect(events).toEqual([
      ['version', 'insert', version.id, document.id, null, 2],
      ['document', 'update', document.id, document.id, null, 2],
      ['membership', 'update', viewerMembership.id, null, viewer.id, 2],
      ['source', 'update', source.id, null, null, 2],
      comment,
      ['notification', 'insert', notification.id, null, viewer.id, null],
      ['notification', 'update', notification.id, null, viewer.id, null],
      ['membership', 'insert', joined.id, null, newcomer.id, 1],
      ['membership', 'delete', joined.id, null, newcomer.id, 1],
    ]);
  });

  it('writes one event for a delete that takes children with it', async () => {
    const { owner, checker, workspace, document, otherDocument, mark } = await liveDesk();
    const figure = await mark(checker.id, 'over 16,500 containers');
    await createComment({ workspaceId: workspace.id, userId: owner.id, annotationId: figure.id, parentId: null, body: 'Source?' });
    await addEvidence({
      workspaceId: workspace.id,
      userId: owner.id,
      claimId: figure.claim!.id,
      source: normalizeSourceUrl('https://www.state.gov/briefings/'),
      stance: 'supports',
      quote: null,
    });
    await mark(checker.id, 'munitions', { on: otherDocument });

    let start = await newestId();
    await deleteAnnotation({ workspaceId: workspace.id, userId: owner.id, role: 'owner', annotationId: figure.id });
    expect(await eventsOf(workspace.id, start)).toEqual([['annotation', 'delete', figure.id, document.id, null, 1]]);

    start = await newestId();
    await getDb().document.delete({ where: { id: otherDocument.id } });
    expect(await eventsOf(workspace.id, start)).toEqual([['document', 'delete', otherDocument.id, otherDocument.id, null, 1]]);

    // A workspace's delete: each member's streams hear of their membership's end, nothing else.
    start = await newestId();
    const members = await getDb().membership.findMany({ where: { workspaceId: workspace.id }, select: { id: true, userId: true } });
    await getDb().workspace.delete({ where: { id: workspace.id } });
    const events = await eventsOf(workspace.id, start);
    expect(events.map(([entity, action]) => `${entity}:${action}`)).toEqual(members.map(() => 'membership:delete'));
    expect(events.map(([, , id, , userId]) => [id, userId]).sort()).toEqual(members.map((member) => [member.id, member.userId]).sort());
  });
});
