// GET the suggestions dismissed in the document, latest first, as JSON: the suggestions panel's
// list of dismissed ones reads them through the client cache, keyed
// ['dismissed', workspace, documentId]. For those who may dismiss (and so restore) them.
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZDocumentRef } from '@/lib/schemas/documents';
import { listDismissedSuggestions } from '@/lib/server/suggestions/list-dismissed-suggestions';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('annotation.create', async (_request, { membership }) => {
    const { documentId } = parseInput(ZDocumentRef, params);
    return Response.json(await listDismissedSuggestions({ workspaceId: membership.workspace.id, documentId }));
  });
  return handle(request, context);
}
