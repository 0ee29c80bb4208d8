// Where a reconnecting live client stopped: EventSource's own Last-Event-ID header on its retries,
// or ?since=<id> when the client opens a new EventSource itself.
import 'server-only';
import { ZLiveCursor } from '@/lib/live/events';

/** undefined: no cursor named; null: something that is not one (answered with reset). */
export function readCursor(request: Request, url: URL): string | null | undefined {
  const raw = request.headers.get('last-event-id') ?? url.searchParams.get('since');
  if (raw === null || raw === '') return undefined;
  return ZLiveCursor.safeParse(raw).success ? raw : null;
}
