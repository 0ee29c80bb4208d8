import 'server-only';
import { getDb } from '@/lib/db';
import { findThreadAnnotation } from './find-thread-annotation';

/**
 * An annotation's thread, oldest first, if the caller may see the annotation (else "not found").
 * A deleted comment keeps its place with no body; `mentionIds` are the members the server
 * accepted as mentioned, the only ones to highlight.
 */
export async function listComments({ workspaceId, userId, annotationId }: { workspaceId: string; userId: string; annotationId: string }) {
  const comments = await getDb().$transaction(async (tx) => {
    await findThreadAnnotation(tx, { workspaceId, userId, annotationId });
    return tx.comment.findMany({
      where: { annotationId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        parentId: true,
        body: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        deletedAt: true,
        author: { select: { id: true, name: true, email: true } },
        importedCreator: true,
        mentions: { select: { userId: true } },
      },
    });
  });
  return comments.map(({ body, mentions, updatedAt, ...comment }) => ({
    ...comment,
    body: comment.deletedAt ? null : body,
    mentionIds: mentions.map((mention) => mention.userId),
    editedAt: comment.version > 1 && !comment.deletedAt ? updatedAt : null,
  }));
}

export type CommentView = Awaited<ReturnType<typeof listComments>>[number];
