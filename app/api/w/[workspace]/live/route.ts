// GET the workspace's live stream (Server-Sent Events), or a document's with ?document=<id>
// (which also carries who else has it open). Resumes after Last-Event-ID or ?since=<id>.
// 401 signed out, 404 not a member or not the workspace's document. See lib/server/live.
import { workspaceRoute } from '@/lib/http/session-routes';
import { assertDocumentInWorkspace } from '@/lib/server/live/live-access';
import { openLiveStream } from '@/lib/server/live/open-live-stream';
import { readCursor } from '@/lib/server/live/read-cursor';
import { getCurrentSession } from '@/lib/server/session/current-user';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const GET = workspaceRoute('workspace.read', async (request, { user, membership }) => {
  const url = new URL(request.url);
  const documentId = url.searchParams.get('document');
  const workspaceId = membership.workspace.id;
  if (documentId) await assertDocumentInWorkspace({ workspaceId, documentId });
  return openLiveStream({
    signal: request.signal,
    subscription: { userId: user.id, workspaceId, documentId },
    cursor: readCursor(request, url),
    sessionId: (await getCurrentSession())?.sessionId ?? null,
  });
});
