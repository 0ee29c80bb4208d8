// The messages of the live stream (GET /api/w/[workspace]/live), parsed at the boundary with the
// schemas the server writes them by (lib/live/events.ts): the browser trusts nothing unchecked.
import type { z } from 'zod';

export { ZLiveChange, ZLiveHello, ZLivePresence, type TLiveChange, type TPresencePerson } from '@/lib/live/events';

/** The parsed data of a message, or null when it is not what the contract says. */
export function parseMessage<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
