import { API } from '@/lib/api/endpoints';
import { readBody } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZCreateComment } from '@/lib/schemas/comments';
import { createComment } from '@/lib/server/comments/create-comment';
import { findClaimAnnotationId } from '@/lib/server/comments/find-claim-thread';
import { listComments } from '@/lib/server/comments/list-comments';

/** The discussion of the claim's annotation, oldest first. */
export const GET = apiRoute(API.listClaimComments, async (_request, { user, membership, params }) => {
  const scope = { workspaceId: membership.workspace.id, userId: user.id };
  const annotationId = await findClaimAnnotationId({ ...scope, claimId: params.claimId });
  return { comments: await listComments({ ...scope, annotationId }) };
});

/** A comment on the claim's annotation, as on the annotation itself. */
export const POST = apiRoute(API.createClaimComment, async (request, { user, membership, params }) => {
  const scope = { workspaceId: membership.workspace.id, userId: user.id };
  const annotationId = await findClaimAnnotationId({ ...scope, claimId: params.claimId });
  const input = await readBody(request, ZCreateComment, { annotationId });
  return createComment({ ...scope, ...input });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
