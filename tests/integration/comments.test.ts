import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { mentionToken } from '@/lib/comments/mentions';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { createComment } from '@/lib/server/comments/create-comment';
import { deleteComment } from '@/lib/server/comments/delete-comment';
import { editComment } from '@/lib/server/comments/edit-comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { createDocument } from '@/lib/server/documents/create-document';
import { addMember, makeUser, makeWorkspace } from './support/factories';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions to Russia since 2023.';

/** A desk: owner, two checkers and a viewer, a document, and a figure marked by Ana. */
async function desk() {
  const [owner, ana, ben, viewer] = await Promise.all([
    makeUser({ name: 'Olga Owner' }),
    makeUser({ name: 'Ana Checker' }),
    makeUser({ name: 'Ben Checker' }),
    makeUser({ name: 'Vic Viewer' }),
  ]);
  const workspace = await makeWorkspace(owner.id);
  await addMember(workspace.id, ana.id, 'checker');
  await addMember(workspace.id, ben.id, 'checker');
  await addMember(workspace.id, viewer.id, 'viewer');
  const document = await createDocument({
    workspaceId: workspace.id,
    userId: owner.id,
    title: 'Munitions',
    blocks: [{ type: 'paragraph', text: TEXT }],
    origin: 'paste',
  });
  const version = await getDb().documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
  const mark = (userId: string, quote: string, kind: 'figure' | 'note', visibility: 'shared' | 'private' = 'shared') => {
    const start = TEXT.indexOf(quote);
    return createAnnotation({
      workspaceId: workspace.id,
      userId,
      documentId: document.id,
      versionId: version.id,
      start,
      end: start + quote.length,
      kind,
      visibility,
      tagIds: [],
    });
  };
  const figure = await mark(ana.id, 'over 16,500 containers', 'figure');
  const ids = { workspaceId: workspace.id, annotationId: figure.id };
  const say = (user: { id: string }, body: string, parentId: string | null = null) =>
    createComment({ ...ids, userId: user.id, parentId, body });
  return { owner, ana, ben, viewer, workspace, document, figure, mark, ids, say };
}

const activityOf = (entityId: string) =>
  getDb().activity.findMany({
    where: { entityId },
    orderBy: { id: 'asc' },
    select: { action: true, documentId: true, claimId: true, before: true, after: true },
  });

describe('comments', () => {
  it('keeps a thread with replies to replies, oldest first', async () => {
    const { ana, ben, owner, ids, say } = await desk();
    const first = await say(ana, 'Where does 16,500 come from?');
    const reply = await say(ben, 'The State Department briefing.', first.id);
    await say(ana, 'Which one?', reply.id);
    const thread = await listComments({ ...ids, userId: owner.id });
    expect(thread.map((comment) => [comment.author?.name, comment.body, comment.parentId])).toEqual([
      ['Ana Checker', 'Where does 16,500 come from?', null],
      ['Ben Checker', 'The State Department briefing.', first.id],
      ['Ana Checker', 'Which one?', reply.id],
    ]);
  });

  it('refuses a reply to a comment of another thread', async () => {
    const { ana, ben, mark, workspace, say } = await desk();
    const other = await mark(ben.id, 'munitions', 'note');
    const elsewhere = await createComment({
      workspaceId: workspace.id,
      annotationId: other.id,
      userId: ben.id,
      parentId: null,
      body: 'Elsewhere',
    });
    await expect(say(ana, 'Reply', elsewhere.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('stores and notifies mentions of members only, never the author', async () => {
    const { ana, ben, viewer, figure, say } = await desk();
    const stranger = await makeUser({ name: 'Sam Stranger' });
    const body = `${mentionToken({ id: ben.id, name: 'Ben Checker' })} and ${mentionToken({ id: viewer.id, name: 'Vic' })}: is ${mentionToken({ id: stranger.id, name: 'Sam' })} right? ${mentionToken({ id: ana.id, name: 'Ana' })} checks.`;
    const comment = await say(ana, body);
    const mentions = await getDb().commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } });
    expect(mentions.map((mention) => mention.userId).sort()).toEqual([ana.id, ben.id, viewer.id].sort());

    const notifications = await getDb().notification.findMany({
      where: { commentId: comment.id },
      select: { userId: true, kind: true, message: true, annotationId: true, claimId: true },
    });
    expect(notifications.map((note) => note.userId).sort()).toEqual([ben.id, viewer.id].sort());
    expect(notifications[0]).toMatchObject({
      kind: 'mention',
      annotationId: figure.id,
      claimId: figure.claim!.id,
      message: 'Ana Checker mentioned you on “over 16,500 containers”: @Ben Checker and @Vic: is @Sam right? @Ana checks.',
    });
  });

  it('tells only the newly mentioned when a comment is edited', async () => {
    const { ana, ben, owner, say, ids } = await desk();
    const comment = await say(ana, `${mentionToken({ id: ben.id, name: 'Ben' })} look`);
    await editComment({
      ...ids,
      userId: ana.id,
      commentId: comment.id,
      version: 1,
      body: `${mentionToken({ id: ben.id, name: 'Ben' })} and ${mentionToken({ id: owner.id, name: 'Olga' })} look`,
    });
    const notified = await getDb().notification.findMany({ where: { commentId: comment.id }, select: { userId: true } });
    expect(notified.map((note) => note.userId).sort()).toEqual([ben.id, owner.id].sort());
    const [edited] = await listComments({ ...ids, userId: ana.id });
    expect(edited).toMatchObject({ version: 2, mentionIds: expect.arrayContaining([ben.id, owner.id]) });
    expect(edited!.editedAt).toBeInstanceOf(Date);
  });

  it('lets only the author edit, and refuses a stale edit with a conflict', async () => {
    const { ana, ben, ids, say } = await desk();
    const comment = await say(ana, 'Fist draft');
    await expect(editComment({ ...ids, userId: ben.id, commentId: comment.id, version: 1, body: 'Hijacked' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await editComment({ ...ids, userId: ana.id, commentId: comment.id, version: 1, body: 'First draft' });
    await expect(
      editComment({ ...ids, userId: ana.id, commentId: comment.id, version: 1, body: 'First draft, again' }),
    ).rejects.toMatchObject({
      code: 'stale',
      message: expect.stringContaining('Someone else changed this while you were editing'),
    });
    expect((await listComments({ ...ids, userId: ana.id }))[0]).toMatchObject({ body: 'First draft', version: 2 });
  });

  it('deletes softly: the thread keeps its shape; author, editors and owners may', async () => {
    const { ana, ben, owner, ids, say, workspace } = await desk();
    const first = await say(ana, 'Question');
    const reply = await say(ben, 'Answer', first.id);
    await expect(deleteComment({ workspaceId: workspace.id, userId: ben.id, role: 'checker', commentId: first.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await deleteComment({ workspaceId: workspace.id, userId: owner.id, role: 'owner', commentId: first.id });
    await deleteComment({ workspaceId: workspace.id, userId: ben.id, role: 'checker', commentId: reply.id });
    const thread = await listComments({ ...ids, userId: ana.id });
    expect(thread.map((comment) => [comment.id, comment.parentId, comment.body, Boolean(comment.deletedAt)])).toEqual([
      [first.id, null, null, true],
      [reply.id, first.id, null, true],
    ]);
    await expect(say(ana, 'Reply to nothing', first.id)).rejects.toThrow('That comment was deleted');
    await expect(editComment({ ...ids, userId: ana.id, commentId: first.id, version: 2, body: 'Back' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('keeps a private note’s thread to its author: others get “not found”', async () => {
    const { ana, ben, owner, mark, workspace } = await desk();
    const note = await mark(ana.id, 'Russia', 'note', 'private');
    const ids = { workspaceId: workspace.id, annotationId: note.id };
    const mine = await createComment({ ...ids, userId: ana.id, parentId: null, body: `Ask ${mentionToken({ id: ben.id, name: 'Ben' })}` });
    expect(await getDb().notification.count({ where: { commentId: mine.id } })).toBe(0); // Ben could not open it
    for (const other of [ben, owner]) {
      await expect(listComments({ ...ids, userId: other.id })).rejects.toMatchObject({ code: 'not_found' });
      await expect(createComment({ ...ids, userId: other.id, parentId: null, body: 'Peek' })).rejects.toMatchObject({ code: 'not_found' });
      await expect(editComment({ ...ids, userId: other.id, commentId: mine.id, version: 1, body: 'Peek' })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    await expect(deleteComment({ workspaceId: workspace.id, userId: owner.id, role: 'owner', commentId: mine.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await listComments({ ...ids, userId: ana.id })).toHaveLength(1);
  });

  it('answers “not found” for another workspace’s thread', async () => {
    const { ids } = await desk();
    const outsider = await makeUser();
    const theirs = await makeWorkspace(outsider.id);
    await expect(listComments({ workspaceId: theirs.id, userId: outsider.id, annotationId: ids.annotationId })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(listComments({ ...ids, userId: outsider.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('appends every create, edit and delete to Activity with the document and claim', async () => {
    const { ana, ids, say, document, figure, workspace } = await desk();
    const comment = await say(ana, 'One');
    await editComment({ ...ids, userId: ana.id, commentId: comment.id, version: 1, body: 'Two' });
    await deleteComment({ workspaceId: workspace.id, userId: ana.id, role: 'checker', commentId: comment.id });
    expect(await activityOf(comment.id)).toEqual([
      {
        action: 'comment.created',
        documentId: document.id,
        claimId: figure.claim!.id,
        before: null,
        after: { annotationId: figure.id, parentId: null, body: 'One', mentions: [] },
      },
      {
        action: 'comment.edited',
        documentId: document.id,
        claimId: figure.claim!.id,
        before: { body: 'One', mentions: [] },
        after: { body: 'Two', mentions: [] },
      },
      {
        action: 'comment.deleted',
        documentId: document.id,
        claimId: figure.claim!.id,
        before: { body: 'Two', authorId: ana.id },
        after: null,
      },
    ]);
  });
});
