'use client';

import { useState } from 'react';
import { CurrentVersion } from '@/components/forms/stale-notice';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { decodeMentions } from '@/lib/comments/mentions';
import type { ActionResult } from '@/lib/errors';
import type { CommentEntry } from '@/components/data/entity-keys';
import { displayName, writerName } from '@/lib/users/display-name';
import { CommentBody } from './comment-body';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { CommentBox } from './comment-box';

const when = (date: string) =>
  new Date(date).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

type Props = {
  comment: CommentEntry;
  inReplyTo: CommentEntry | null;
  onReply: (parentId: string, body: string) => Promise<ActionResult<unknown>>;
  onEdit: (comment: CommentEntry, body: string) => Promise<ActionResult<unknown>>;
  onDelete: (comment: CommentEntry) => Promise<ActionResult<unknown>>;
};

/** One comment: who, when, its words (or “deleted”), and what the caller may do with it. */
export function CommentItem({ comment, inReplyTo, onReply, onEdit, onDelete }: Props) {
  const { viewer, can } = useWorkspace();
  const canComment = can('comment.create');
  const canModerate = can('comment.moderate');
  const [mode, setMode] = useState<'read' | 'reply' | 'edit' | 'confirmDelete'>('read');
  const [error, setError] = useState<string | null>(null);
  // Someone edited this comment while this person was editing it: the thread already shows the
  // newer words (it is read again after every change), the box keeps theirs to apply again.
  const [stale, setStale] = useState(false);
  // The version the edit started from, kept even if the thread is read again underneath (null:
  // follow the thread, as after a refusal, when the newer words are what is shown).
  const [editBase, setEditBase] = useState<number | null>(null);
  const isMine = comment.author?.id === viewer.id;
  const isDeleted = Boolean(comment.deletedAt);

  async function confirmDelete() {
    const result = await onDelete(comment);
    if (!result.ok) setError(result.error);
    setMode('read');
  }

  return (
    <article
      className="flex flex-col gap-1"
      data-testid="comment"
      aria-label={`Comment by ${writerName(comment.author, comment.importedCreator)}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 text-xs text-muted">
        <span className="font-medium text-ink">{writerName(comment.author, comment.importedCreator)}</span>
        {inReplyTo && <span>replying to {inReplyTo.importedCreator ?? displayName(inReplyTo.author)}</span>}
        <time dateTime={comment.createdAt} suppressHydrationWarning>
          {when(comment.createdAt)}
        </time>
        {comment.editedAt && <span title={`Edited ${when(comment.editedAt)}`}>(edited)</span>}
      </header>
      {isDeleted ? (
        <p className="text-sm text-muted italic">This comment was deleted.</p>
      ) : mode === 'edit' ? (
        <div className="flex flex-col gap-2">
          {stale && (
            <CurrentVersion
              fields={[{ label: 'Comment', value: <CommentBody body={comment.body ?? ''} mentionIds={comment.mentionIds} /> }]}
            />
          )}
          <CommentBox
            label="Edit your comment"
            submitLabel={stale ? 'Apply my change again' : 'Save'}
            initialText={decodeMentions(comment.body ?? '').text}
            initialPicked={decodeMentions(comment.body ?? '').picked}
            autoFocus
            onCancel={() => {
              setStale(false);
              setMode('read');
            }}
            onSubmit={async (body) => {
              const result = await onEdit({ ...comment, version: editBase ?? comment.version }, body);
              setStale(!result.ok && result.code === 'stale');
              setEditBase(null);
              if (result.ok) setMode('read');
              return result;
            }}
          />
        </div>
      ) : (
        <CommentBody body={comment.body ?? ''} mentionIds={comment.mentionIds} />
      )}
      {error && <Alert>{error}</Alert>}
      {!isDeleted && mode === 'read' && (
        <div className="flex gap-1">
          {canComment && (
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setMode('reply')}>
              Reply
            </Button>
          )}
          {isMine && canComment && (
            <Button
              variant="ghost"
              className="px-2 py-1 text-xs"
              onClick={() => {
                setEditBase(comment.version);
                setMode('edit');
              }}
            >
              Edit
            </Button>
          )}
          {(isMine || canModerate) && canComment && (
            <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setMode('confirmDelete')}>
              Delete
            </Button>
          )}
        </div>
      )}
      {mode === 'confirmDelete' && (
        <div className="flex items-center gap-2 text-xs" role="group" aria-label="Confirm deletion">
          <span>Delete this comment?</span>
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={confirmDelete}>
            Delete comment
          </Button>
          <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setMode('read')}>
            Keep
          </Button>
        </div>
      )}
      {mode === 'reply' && (
        <div className="mt-1">
          <CommentBox
            label={`Reply to ${comment.importedCreator ?? displayName(comment.author)}`}
            submitLabel="Reply"
            autoFocus
            onCancel={() => setMode('read')}
            onSubmit={async (body) => {
              const result = await onReply(comment.id, body);
              if (result.ok) setMode('read');
              return result;
            }}
          />
        </div>
      )}
    </article>
  );
}
