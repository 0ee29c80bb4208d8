import { API } from '@/lib/api/endpoints';
import { readBody } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZCreateComment } from '@/lib/schemas/comments';
import { createComment } from '@/lib/server/comments/create-comment';
import { listComments } from '@/lib/server/comments/list-comments';

/** The annotation's discussion, oldest first (another member's private note is not found). */
export const GET = apiRoute(API.listComments, async (_request, { user, membership, params }) => ({
  comments: await listComments({ workspaceId: membership.workspace.id, userId: user.id, annotationId: params.annotationId }),
}));

/** A comment, or a reply with parentId; mentions as the app writes them, notified as the app does. */
export const POST = apiRoute(API.createComment, async (request, { user, membership, params }) => {
  const input = await readBody(request, ZCreateComment, params);
  return createComment({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
