// The live machinery of one app process: a listener feeding a hub, and the periodic chores
// (presence heartbeat of this process's open streams, pruning). Tests create several to stand in
// for several app servers; the app uses the one getLiveService() starts on first use.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { ZLiveEvent, ZPresenceNotice } from '@/lib/live/events';
import { logger } from '@/lib/server/ops/logger';
import { LiveHub } from './hub';
import { LIVE_CHANNEL, LiveListener, PRESENCE_CHANNEL } from './listener';
import { loadPresence, touchPresence } from './presence';
import { pruneLiveEvents, pruneStalePresence } from './prune';

const HEARTBEAT_MS = 15_000;
const PRESENCE_PRUNE_MS = 30_000;
const EVENT_PRUNE_MS = 10 * 60_000;

export type LiveService = {
  instanceId: string;
  hub: LiveHub;
  listener: LiveListener;
  /** Resolves once the listener's first LISTEN is in place. */
  ready: Promise<void>;
  stop: () => Promise<void>;
};

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}

export function createLiveService({
  connectionString,
  instanceId = randomUUID(),
  chores = true,
}: {
  connectionString: string;
  instanceId?: string;
  chores?: boolean;
}): LiveService {
  const hub = new LiveHub(loadPresence);
  const listener = new LiveListener({
    connectionString,
    onNotification(channel, payload) {
      if (channel === LIVE_CHANNEL) {
        const event = ZLiveEvent.safeParse(parseJson(payload));
        if (event.success) hub.publish(event.data);
      } else if (channel === PRESENCE_CHANNEL) {
        const notice = ZPresenceNotice.safeParse(parseJson(payload));
        if (notice.success) hub.publishPresence(notice.data.documentId);
      }
    },
    onReconnect: () => hub.resync(),
  });
  const timers = chores
    ? [
        setInterval(() => void touchPresence(hub.documentConnectionIds()).catch(logChoreError), HEARTBEAT_MS),
        setInterval(() => void pruneStalePresence().catch(logChoreError), PRESENCE_PRUNE_MS),
        setInterval(() => void pruneLiveEvents().catch(logChoreError), EVENT_PRUNE_MS),
      ]
    : [];
  for (const timer of timers) timer.unref();
  return {
    instanceId,
    hub,
    listener,
    ready: listener.start(),
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await listener.stop();
    },
  };
}

function logChoreError(error: unknown) {
  logger('live').error({ err: error }, 'housekeeping failed');
}

const globalForLive = globalThis as unknown as { marginLive?: LiveService };

/** This process's live service, started on first use (with DATABASE_URL, like lib/db.ts). */
export function getLiveService(): LiveService {
  if (!globalForLive.marginLive) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set.');
    globalForLive.marginLive = createLiveService({ connectionString, instanceId: process.env.MARGIN_INSTANCE_ID || undefined });
  }
  return globalForLive.marginLive;
}

/** This process's live service if something started it (metrics, shutdown), without starting it. */
export const currentLiveService = (): LiveService | undefined => globalForLive.marginLive;
