import 'server-only';
import type { LiveService } from '@/lib/server/live/live-service';

// Whether this instance knows its database to be gone right now (a restart of the embedded
// PostgreSQL, a network cut): its live listener — one connection per instance, started with the
// instance, that hears a drop at once and reconnects by itself with backoff — was connected and is
// not. proxy.ts then answers pages 503 "database unavailable, retrying" instead of a page that
// would fail; route handlers and server actions answer `unavailable` (503) from the error itself.
// Reads the live service from globalThis without importing it, so proxy.ts stays light.

export function isDatabaseLost(): boolean {
  const live = (globalThis as { marginLive?: LiveService }).marginLive;
  return live?.listener.isLost ?? false;
}
