import 'server-only';
import { getDb } from '@/lib/db';
import type { DbTransaction } from '@/lib/db';
import { AppError, notFound, staleError } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { notifyMentioned, resolveMentions } from './comment-mentions';
import { findThreadAnnotation } from './find-thread-annotation';

/** A comment of a thread the caller may see, locked for the rest of the transaction. */
export async function lockComment(
  tx: DbTransaction,
  { workspaceId, userId, commentId }: { workspaceId: string; userId: string; commentId: string },
) {
  await lockForWrite(tx, { table: 'Comment', id: commentId, workspaceId, what: 'This comment' });
  const { annotationId, ...comment } = await tx.comment.findUniqueOrThrow({
    where: { id: commentId },
    select: {
      id: true,
      annotationId: true,
      authorId: true,
      body: true,
      version: true,
      deletedAt: true,
      mentions: { select: { userId: true } },
    },
  });
  const annotation = await findThreadAnnotation(tx, { workspaceId, userId, annotationId }).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound('This comment') : error;
  });
  return { annotation, comment };
}

/** Its author rewrites a comment; members mentioned for the first time are told. */
export async function editComment({
  workspaceId,
  userId,
  commentId,
  version,
  body,
}: {
  workspaceId: string;
  userId: string;
  commentId: string;
  version: number;
  body: string;
}) {
  return getDb().$transaction(async (tx) => {
    const { annotation, comment } = await lockComment(tx, { workspaceId, userId, commentId });
    if (comment.authorId !== userId) throw new AppError('forbidden', 'Only its author can edit a comment.');
    if (comment.deletedAt) throw new AppError('conflict', 'This comment was deleted.');
    if (comment.version !== version) throw staleError();
    if (comment.body === body) return { id: comment.id, version: comment.version };

    const mentionIds = await resolveMentions(tx, { workspaceId, annotation, body });
    const before = new Set(comment.mentions.map((mention) => mention.userId));
    await tx.commentMention.deleteMany({ where: { commentId, userId: { notIn: mentionIds } } });
    await tx.commentMention.createMany({ data: mentionIds.filter((id) => !before.has(id)).map((id) => ({ commentId, userId: id })) });
    const updated = await tx.comment.update({
      where: { id: commentId },
      data: { body, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'comment.edited',
      annotation,
      entityType: 'Comment',
      entityId: commentId,
      documentId: annotation.documentId,
      claimId: annotation.claim?.id ?? null,
      before: { body: comment.body, mentions: [...before] },
      after: { body, mentions: mentionIds },
    });
    const newlyMentioned = mentionIds.filter((id) => !before.has(id));
    await notifyMentioned(tx, { workspaceId, actorId: userId, annotation, commentId, body, userIds: newlyMentioned });
    return updated;
  });
}
