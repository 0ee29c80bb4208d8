'use client';

import { useState } from 'react';
import { createCommentAction, deleteCommentAction, editCommentAction, listCommentsAction } from '@/lib/actions/comments';
import { useLiveChanges } from '@/components/live/live-provider';
import { buildThread } from '@/lib/comments/thread';
import type { ActionResult } from '@/lib/errors';
import type { CommentView } from '@/lib/server/comments/list-comments';
import { CommentBox, type Member } from './comment-box';
import { CommentItem } from './comment-item';

export type { CommentView } from '@/lib/server/comments/list-comments';
export type { Member } from './comment-box';

type Props = {
  /** the workspace's slug */
  workspace: string;
  annotationId: string;
  currentUser: { id: string; name: string | null; email: string };
  /** who can be @mentioned: the workspace's members */
  members: Member[];
  /** the thread as listComments / listCommentsAction gave it */
  comments: CommentView[];
  /** owners, editors and checkers ('comment.create') */
  canComment: boolean;
  /** owners and editors ('comment.moderate'): may delete others' comments */
  canModerate?: boolean;
};

/**
 * The discussion of one annotation: first comments with their replies one level below (a reply
 * to a reply says whom it answers), reply, edit and delete, and @mentions of members. After each
 * change the thread is read again from the server.
 */
export function CommentThread({ workspace, annotationId, currentUser, members, comments, canComment, canModerate = false }: Props) {
  const [list, setList] = useState(comments);
  const [shown, setShown] = useState(comments);
  if (comments !== shown) {
    setShown(comments);
    setList(comments);
  }

  // Someone else's comment (a live change): read the thread again; drafts in the boxes stay.
  useLiveChanges(
    (change) => change.entity === 'comment',
    () => void listCommentsAction({ workspace, annotationId }).then((fresh) => fresh.ok && setList(fresh.data)),
  );

  async function after<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
    const fresh = await listCommentsAction({ workspace, annotationId });
    if (fresh.ok) setList(fresh.data);
    return result;
  }

  const reply = (parentId: string | null, body: string) => createCommentAction({ workspace, annotationId, parentId: parentId ?? '', body }).then(after);
  const edit = (comment: CommentView, body: string) => editCommentAction({ workspace, commentId: comment.id, version: comment.version, body }).then(after);
  const remove = (comment: CommentView) => deleteCommentAction({ workspace, commentId: comment.id, version: comment.version }).then(after);

  const thread = buildThread(list);
  const itemProps = { members, currentUserId: currentUser.id, canComment, canModerate, onReply: reply, onEdit: edit, onDelete: remove };

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
      {canComment && <CommentBox label="Add a comment" members={members} submitLabel="Comment" onSubmit={(body) => reply(null, body)} />}
    </section>
  );
}
