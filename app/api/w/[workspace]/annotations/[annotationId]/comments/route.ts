// GET an annotation's discussion, oldest first, as JSON (if the caller may see the annotation):
// the comment thread reads it through the client cache, keyed ['comments', workspace, annotationId].
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZThreadRef } from '@/lib/schemas/comments';
import { listComments } from '@/lib/server/comments/list-comments';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; annotationId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('workspace.read', async (_request, { user, membership }) => {
    const { annotationId } = parseInput(ZThreadRef, params);
    return Response.json(await listComments({ workspaceId: membership.workspace.id, userId: user.id, annotationId }));
  });
  return handle(request, context);
}
