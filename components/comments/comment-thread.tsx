'use client';

import { commentsKey, type CommentEntry } from '@/components/data/entity-keys';
import { useEntity } from '@/components/data/use-entity';
import { useMutation } from '@/components/forms/use-mutation';
import { ReadFailed } from '@/components/data/read-failed';
import { createCommentAction, deleteCommentAction, editCommentAction } from '@/lib/actions/comments';
import { buildThread } from '@/lib/comments/thread';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { CommentBox } from './comment-box';
import { CommentItem } from './comment-item';

/**
 * The discussion of one annotation: first comments with their replies one level below (a reply
 * to a reply says whom it answers), reply, edit and delete, and @mentions of members. The thread
 * is read through the client cache: again after each change made here, and when someone else's
 * comment arrives live; drafts in the boxes stay.
 */
export function CommentThread({ annotationId }: { annotationId: string }) {
  const { slug: workspace, can } = useWorkspace();
  const key = commentsKey(workspace, annotationId);
  const { data: comments, error, retry } = useEntity(key);
  const changesThread = { reads: () => [key] };
  const create = useMutation(createCommentAction, changesThread);
  const edit = useMutation(editCommentAction, changesThread);
  const remove = useMutation(deleteCommentAction, changesThread);

  if (error) return <ReadFailed error={error} retry={retry} />;
  if (!comments) return <p className="text-sm text-muted">Loading the discussion…</p>;

  const reply = (parentId: string | null, body: string) => create.run({ workspace, annotationId, parentId: parentId ?? '', body });
  const thread = buildThread(comments);
  const itemProps = {
    onReply: reply,
    onEdit: (comment: CommentEntry, body: string) => edit.run({ workspace, commentId: comment.id, version: comment.version, body }),
    onDelete: (comment: CommentEntry) => remove.run({ workspace, commentId: comment.id, version: comment.version }),
  };

  return (
    <section aria-label="Discussion" className="flex flex-col gap-4" data-testid="comment-thread">
      {thread.length === 0 ? (
        <p className="text-sm text-muted">No comments yet.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {thread.map((entry) => (
            <li key={entry.comment.id} className="flex flex-col gap-3">
              <CommentItem comment={entry.comment} inReplyTo={null} {...itemProps} />
              {entry.replies.length > 0 && (
                <ol className="ml-4 flex flex-col gap-3 border-l border-rule pl-3" aria-label="Replies">
                  {entry.replies.map(({ comment, inReplyTo }) => (
                    <li key={comment.id}>
                      <CommentItem comment={comment} inReplyTo={inReplyTo} {...itemProps} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {can('comment.create') && <CommentBox label="Add a comment" submitLabel="Comment" onSubmit={(body) => reply(null, body)} />}
    </section>
  );
}
