import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { notifyMentioned, resolveMentions } from './comment-mentions';
import { findThreadAnnotation } from './find-thread-annotation';

/** Adds a comment to an annotation's thread (or a reply to one of its comments), and tells whom it mentions. */
export async function createComment({
  workspaceId,
  userId,
  annotationId,
  parentId,
  body,
}: {
  workspaceId: string;
  userId: string;
  annotationId: string;
  parentId: string | null;
  body: string;
}) {
  return getDb().$transaction(async (tx) => {
    const annotation = await findThreadAnnotation(tx, { workspaceId, userId, annotationId });
    if (parentId) {
      const parent = await tx.comment.findFirst({ where: { id: parentId, annotationId }, select: { deletedAt: true } });
      if (!parent) throw notFound('The comment you are replying to');
      if (parent.deletedAt) throw new AppError('invalid', 'That comment was deleted: reply to the thread instead.');
    }
    const mentionIds = await resolveMentions(tx, { workspaceId, annotation, body });
    const comment = await tx.comment.create({
      // A nested create makes Prisma read the comment back after writing it: only when there is one.
      data: {
        annotationId,
        parentId,
        authorId: userId,
        body,
        ...(mentionIds.length ? { mentions: { create: mentionIds.map((id) => ({ userId: id })) } } : {}),
      },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'comment.created',
      annotation,
      entityType: 'Comment',
      entityId: comment.id,
      documentId: annotation.documentId,
      claimId: annotation.claim?.id ?? null,
      after: { annotationId, parentId, body, mentions: mentionIds },
    });
    await notifyMentioned(tx, { workspaceId, actorId: userId, annotation, commentId: comment.id, body, userIds: mentionIds });
    return comment;
  });
}
