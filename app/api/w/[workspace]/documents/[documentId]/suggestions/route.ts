// GET the figures and check-worthy sentences found in the document's latest version that nobody
// marked or dismissed yet, as JSON: the suggestions panel reads them through the client cache,
// keyed ['suggestions', workspace, documentId]. For those who may annotate.
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZDocumentRef } from '@/lib/schemas/documents';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('annotation.create', async (request, { membership }) => {
    const { documentId } = parseInput(ZDocumentRef, params);
    return Response.json(await listSuggestions({ workspaceId: membership.workspace.id, documentId, signal: request.signal }));
  });
  return handle(request, context);
}
