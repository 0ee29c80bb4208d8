// POST where the caller's selection is in the document (and that their page is still open):
// { connectionId, versionId, selection: { from, to } | null } → 204. The connection must be one
// of the caller's own streams of this document, else 404.
import { AppError } from '@/lib/errors';
import { ZPresenceUpdate } from '@/lib/live/events';
import { workspaceRoute } from '@/lib/http/session-routes';
import { updatePresence } from '@/lib/server/live/presence';
import { parseInput } from '@/lib/validation';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Context = { params: Promise<{ workspace: string; documentId: string }> };

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError('invalid', 'Send the presence as JSON.');
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { documentId } = await context.params;
  const handle = workspaceRoute({ permission: 'workspace.read', accepts: ['application/json'] }, async (request, { user, membership }) => {
    const { connectionId, versionId, selection } = parseInput(ZPresenceUpdate, await readJson(request));
    await updatePresence({ connectionId, workspaceId: membership.workspace.id, documentId, userId: user.id, versionId, selection });
    return new Response(null, { status: 204 });
  });
  return handle(request, context);
}
