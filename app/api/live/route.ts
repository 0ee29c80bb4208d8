// GET the signed-in user's own live stream (Server-Sent Events): their notifications only, from
// every workspace, for pages outside a workspace (/notifications). Same messages, replay and
// reset as the workspace stream (app/api/w/[workspace]/live). 401 signed out.
import { errorResponse } from '@/lib/http/error-response';
import { openLiveStream } from '@/lib/server/live/open-live-stream';
import { readCursor } from '@/lib/server/live/read-cursor';
import { getCurrentSession, requireActionUser } from '@/lib/server/session/current-user';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request): Promise<Response> {
  try {
    const user = await requireActionUser();
    const url = new URL(request.url);
    return openLiveStream({
      signal: request.signal,
      subscription: { userId: user.id, workspaceId: null, documentId: null },
      cursor: readCursor(request, url),
      sessionId: (await getCurrentSession())?.sessionId ?? null,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
