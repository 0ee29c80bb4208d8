'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZCreateComment, ZDeleteComment, ZEditComment } from '@/lib/schemas/comments';
import { createComment } from '@/lib/server/comments/create-comment';
import { deleteComment } from '@/lib/server/comments/delete-comment';
import { editComment } from '@/lib/server/comments/edit-comment';

export const createCommentAction = workspaceAction('comment.create', ZCreateComment, async ({ user, membership, input }) =>
  createComment({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const editCommentAction = workspaceAction('comment.create', ZEditComment, async ({ user, membership, input }) =>
  editComment({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const deleteCommentAction = workspaceAction('comment.create', ZDeleteComment, async ({ user, membership, input }) =>
  deleteComment({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, ...input }),
);
