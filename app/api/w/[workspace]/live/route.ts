// GET the workspace's live stream (Server-Sent Events), or a document's with ?document=<id>
// (which also carries who else has it open). Resumes after Last-Event-ID or ?since=<id>.
// 401 signed out, 404 not a member or not the workspace's document. See lib/server/live.
import { ZLiveCursor } from '@/lib/live/events';
import { workspaceRoute } from '@/lib/route';
import { assertDocumentInWorkspace } from '@/lib/server/live/live-access';
import { openLiveStream } from '@/lib/server/live/open-live-stream';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** undefined: no cursor named; null: something that is not one (answered with reset). */
function readCursor(request: Request, url: URL): string | null | undefined {
  const raw = request.headers.get('last-event-id') ?? url.searchParams.get('since');
  if (raw === null || raw === '') return undefined;
  return ZLiveCursor.safeParse(raw).success ? raw : null;
}

export const GET = workspaceRoute('workspace.read', async (request, { user, membership }) => {
  const url = new URL(request.url);
  const documentId = url.searchParams.get('document');
  const workspaceId = membership.workspace.id;
  if (documentId) await assertDocumentInWorkspace({ workspaceId, documentId });
  return openLiveStream({ signal: request.signal, subscription: { userId: user.id, workspaceId, documentId }, cursor: readCursor(request, url) });
});
