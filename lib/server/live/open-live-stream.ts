// One SSE stream (see the live contract in lib/live/events.ts): hello, then the missed events
// from the table when the client names where it stopped, then live events from the hub, presence
// for document streams, a ping every 15 s, "revoked" when the member loses access or the
// sign-in session ends (checked at each ping), and "shutdown" (with `retry`) when this instance
// stops: the browser reconnects at once, to another instance behind a load balancer.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { LiveSubscription } from '@/lib/live/deliver';
import { toLiveChange, type TLiveEvent } from '@/lib/live/events';
import { formatSseMessage, SSE_PING, SSE_SHUTDOWN } from '@/lib/live/sse';
import { logger } from '@/lib/server/ops/logger';
import { getLiveService, type LiveService } from './live-service';
import { isSessionActive } from '@/lib/server/session/get-active-session';
import { isWorkspaceMember } from './live-access';
import { closePresence, openPresence } from './presence';
import { newestLiveEventId, readMissedEvents } from './replay';

const PING_MS = 15_000;

const encoder = new TextEncoder();
/**
 * A change's message as sent, built once per event however many streams here receive it (the
 * hub hands every subscriber the same object; at 100 open streams each write otherwise
 * serialised and encoded it again).
 */
const encodedChanges = new WeakMap<TLiveEvent, Uint8Array>();
function encodeChange(event: TLiveEvent): Uint8Array {
  let bytes = encodedChanges.get(event);
  if (!bytes) {
    bytes = encoder.encode(formatSseMessage({ id: event.id, event: 'change', data: toLiveChange(event) }));
    encodedChanges.set(event, bytes);
  }
  return bytes;
}

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform: `next start` compresses responses, and a gzip stream holds small messages
  // back; the compression middleware leaves no-transform responses alone.
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
  connection: 'keep-alive',
};

/**
 * `cursor`: where the client stopped (Last-Event-ID or ?since=): undefined when it names none,
 * null when what it sent is not a cursor (answered with reset).
 */
export function openLiveStream({
  signal,
  subscription,
  cursor,
  sessionId,
  service = getLiveService(),
  pingMs = PING_MS,
}: {
  signal: AbortSignal;
  subscription: LiveSubscription;
  cursor: string | null | undefined;
  /** The sign-in session the stream was opened with: when it ends, so does the stream. */
  sessionId: string | null;
  service?: LiveService;
  pingMs?: number;
}): Response {
  const connectionId = randomUUID();
  const log = logger('live');
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  let buffering = true;
  let buffer: TLiveEvent[] = [];
  let lastId = 0n;
  let greeted = false;
  let presenceOpened = false;
  let unsubscribe = () => {};
  let ping: NodeJS.Timeout | undefined;

  const sendBytes = (bytes: Uint8Array) => {
    if (closed) return;
    try {
      controller.enqueue(bytes);
    } catch {
      close();
    }
  };
  const send = (text: string) => sendBytes(encoder.encode(text));
  const sendChange = (event: TLiveEvent) => {
    sendBytes(encodeChange(event));
    if (BigInt(event.id) > lastId) lastId = BigInt(event.id);
  };

  let closing: Promise<void> = Promise.resolve();
  function close(): Promise<void> {
    if (closed) return closing;
    closed = true;
    clearInterval(ping);
    unsubscribe();
    signal.removeEventListener('abort', close);
    // The stream ends once its presence row is gone (so a revoked member has left when it ends).
    const presenceClosed = presenceOpened
      ? closePresence(connectionId).catch((error: unknown) => log.error({ err: error }, 'closing presence failed'))
      : Promise.resolve();
    closing = presenceClosed.then(() => {
      try {
        controller.close();
      } catch {
        // already closed by the client
      }
    });
    return closing;
  }

  const revokeUnlessMember = async (): Promise<boolean> => {
    // A user stream belongs to no workspace: nothing to lose access to.
    const { userId, workspaceId } = subscription;
    if (workspaceId === null || (await isWorkspaceMember({ userId, workspaceId }))) return false;
    send(formatSseMessage({ event: 'revoked', data: {} }));
    close();
    return true;
  };

  /** Each ping first checks that the sign-in session still holds (sign-out, revoked elsewhere). */
  const pingOrEnd = async () => {
    if (sessionId && !(await isSessionActive(sessionId))) {
      send(formatSseMessage({ event: 'revoked', data: {} }));
      close();
      return;
    }
    send(SSE_PING);
  };

  /** Sends what happened after `since` (or reset), then what arrived meanwhile, then goes live. */
  const catchUp = async (since: string | null) => {
    buffering = true;
    const replay = await readMissedEvents(subscription, since);
    const sent = new Set<string>();
    if (replay.kind === 'reset') {
      // The id moves EventSource's own Last-Event-ID past the unknown one.
      send(formatSseMessage({ id: replay.newestId, event: 'reset', data: {} }));
      if (BigInt(replay.newestId) > lastId) lastId = BigInt(replay.newestId);
    } else {
      for (const event of replay.events) {
        sendChange(event);
        sent.add(event.id);
      }
    }
    goLive(sent);
  };

  /** Sends the events that arrived while catching up (those not sent already), then live ones as they come. */
  const goLive = (sent: Set<string>) => {
    const arrived = buffer;
    buffer = [];
    buffering = false;
    for (const event of arrived) if (!sent.has(event.id)) sendChange(event);
  };

  const onEvent = (event: TLiveEvent) => {
    if (closed) return;
    if (buffering) buffer.push(event);
    else sendChange(event);
    if (event.entity === 'membership') void revokeUnlessMember().catch(fail);
  };

  const fail = (error: unknown) => {
    log.error({ err: error }, 'stream failed');
    void close(); // the client reconnects and catches up
  };

  const start = async () => {
    await service.ready;
    if (closed) return;
    unsubscribe = service.hub.subscribe({
      connectionId,
      subscription,
      onEvent,
      onPresence: (people) => {
        if (greeted) send(formatSseMessage({ event: 'presence', data: { documentId: subscription.documentId, people } }));
      },
      onShutdown: () => {
        send(SSE_SHUTDOWN);
        return close();
      },
      onResync: () => {
        void (async () => {
          if (!(await revokeUnlessMember())) await catchUp(lastId.toString());
        })().catch(fail);
      },
    });
    const newest = await newestLiveEventId();
    lastId = BigInt(newest);
    send(formatSseMessage({ event: 'hello', data: { connectionId, instanceId: service.instanceId, lastEventId: newest } }));
    greeted = true;
    if (subscription.documentId && subscription.workspaceId) {
      await openPresence({
        connectionId,
        userId: subscription.userId,
        workspaceId: subscription.workspaceId,
        documentId: subscription.documentId,
        instanceId: service.instanceId,
      });
      presenceOpened = true;
      if (closed) await closePresence(connectionId);
    }
    if (cursor === undefined) goLive(new Set());
    else await catchUp(cursor);
    if (!closed) ping = setInterval(() => void pingOrEnd().catch(fail), pingMs);
  };

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (signal.aborted) {
        close();
        return;
      }
      signal.addEventListener('abort', close);
      start().catch(fail);
    },
    cancel: close,
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
