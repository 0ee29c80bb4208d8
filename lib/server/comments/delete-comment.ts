import 'server-only';
import { getDb } from '@/lib/db';
import { AppError, staleError } from '@/lib/errors';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { can } from '@/lib/permissions';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockComment } from './edit-comment';

/**
 * Deletes a comment softly: the thread keeps its shape and shows “deleted” in its place; the
 * words are gone from the thread and kept in the audit trail. Its author, editors and owners may.
 * With `version`, refused (409) when the comment was edited since the caller read it.
 */
export async function deleteComment({
  workspaceId,
  userId,
  role,
  commentId,
  version,
}: {
  workspaceId: string;
  userId: string;
  role: WorkspaceRole;
  commentId: string;
  version?: number;
}) {
  await getDb().$transaction(async (tx) => {
    const { annotation, comment } = await lockComment(tx, { workspaceId, userId, commentId });
    if (comment.authorId !== userId && !can(role, 'comment.moderate')) {
      throw new AppError('forbidden', 'Only its author, an editor or an owner can delete this comment.');
    }
    if (comment.deletedAt) return;
    if (version !== undefined && comment.version !== version) throw staleError();
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), body: '', version: { increment: 1 } } });
    await tx.commentMention.deleteMany({ where: { commentId } });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'comment.deleted',
      annotation,
      entityType: 'Comment',
      entityId: commentId,
      documentId: annotation.documentId,
      claimId: annotation.claim?.id ?? null,
      before: { body: comment.body, authorId: comment.authorId },
    });
  });
}
