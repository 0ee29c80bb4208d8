'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { OFFLINE_AFTER_MS, reconnectDelay } from '@/lib/live/reconnect-delay';
import { parseMessage, ZLiveChange, ZLiveHello, ZLivePresence, type TLiveChange, type TPresencePerson } from './live-messages';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'revoked';

type Handlers = {
  onChange: (change: TLiveChange) => void;
  /** The server could not replay what was missed: reload everything. */
  onReset: () => void;
  onPresence: (people: TPresencePerson[]) => void;
};

type Connection = { status: LiveStatus; connectionId: string | null };
type State = Connection & { url: string | null };
/** After `shutdown`, each browser reconnects within this many milliseconds. */
const SHUTDOWN_SPREAD_MS = 1000;

const withSince = (url: string, since: string | null) =>
  since ? `${url}${url.includes('?') ? '&' : '?'}since=${encodeURIComponent(since)}` : url;

/**
 * One EventSource on `url`, kept open. The browser's own retry is replaced by ours: after a drop
 * it reopens with `?since=<last event id>` (so the server replays what was missed) after 1, 2,
 * 4 … 30 s, at once when the browser comes back online or the server says it is stopping
 * (`shutdown`), and never after `revoked`.
 */
export function useLiveConnection(url: string | null, handlers: Handlers, initialSince: string | null = null): Connection {
  const [state, setState] = useState<State>({ url, status: 'connecting', connectionId: null });
  // The newest event when the page was rendered: the first connection replays what happened
  // between that render and its hello. Later renders (refreshes) do not move it.
  const [since] = useState(initialSince);
  // Another stream (another document): start again from "connecting".
  if (state.url !== url) setState({ url, status: 'connecting', connectionId: null });
  const onChange = useEffectEvent(handlers.onChange);
  const onReset = useEffectEvent(handlers.onReset);
  const onPresence = useEffectEvent(handlers.onPresence);

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let lastId: string | null = since;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let offlineTimer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    /** Between a hello and the next drop. */
    let isConnected = false;
    const setConnection = (next: (previous: Connection) => Connection) =>
      setState((previous) => (previous.url === url ? { url, ...next(previous) } : previous));

    const open = () => {
      clearTimeout(retryTimer);
      source?.close();
      const current = new EventSource(withSince(url, lastId));
      source = current;
      // The newest event id when this connection began: where a `reset` leaves us.
      let newestAtHello: string | null = null;
      current.addEventListener('hello', (event) => {
        const hello = parseMessage(ZLiveHello, event.data);
        if (!hello) return;
        newestAtHello = hello.lastEventId;
        lastId ??= newestAtHello;
        attempt = 0;
        isConnected = true;
        clearTimeout(offlineTimer);
        offlineTimer = undefined;
        setConnection(() => ({ status: 'live', connectionId: hello.connectionId }));
      });
      current.addEventListener('change', (event) => {
        const change = parseMessage(ZLiveChange, event.data);
        if (!change) return;
        lastId = event.lastEventId || change.id;
        onChange(change);
      });
      current.addEventListener('reset', (event) => {
        // Everything is read again now: carry on from the newest event (the reset's id, or hello's).
        lastId = event.lastEventId || newestAtHello || lastId;
        onReset();
      });
      current.addEventListener('presence', (event) => {
        const presence = parseMessage(ZLivePresence, event.data);
        if (presence) onPresence(presence.people);
      });
      current.addEventListener('revoked', () => {
        isStopped = true;
        current.close();
        clearTimeout(offlineTimer);
        setConnection(() => ({ status: 'revoked', connectionId: null }));
      });
      // The server is stopping (a deploy, a restart): reconnect at once — another instance
      // answers — after a short random wait, so that its browsers do not all come in one burst.
      current.addEventListener('shutdown', () => {
        if (source !== current) return;
        current.close();
        source = null;
        isConnected = false;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(open, Math.random() * SHUTDOWN_SPREAD_MS);
      });
      current.onerror = () => {
        if (isStopped || source !== current) return;
        drop();
      };
    };

    /** The connection is gone: say so, and try again later (or when the browser is back online). */
    const drop = () => {
      source?.close();
      source = null;
      isConnected = false;
      attempt += 1;
      setConnection((previous) => (previous.status === 'offline' ? previous : { status: 'reconnecting', connectionId: null }));
      offlineTimer ??= setTimeout(
        () => setConnection((previous) => (previous.status === 'reconnecting' ? { ...previous, status: 'offline' } : previous)),
        OFFLINE_AFTER_MS,
      );
      clearTimeout(retryTimer);
      // Also while the browser says it is offline (it is not always right); 'online' comes sooner.
      retryTimer = setTimeout(open, reconnectDelay(attempt));
    };

    const onOnline = () => {
      if (isStopped || isConnected) return;
      attempt = 0;
      open();
    };
    // An open stream may not notice the network is gone for a long time: drop it at once.
    const onOffline = () => {
      if (!isStopped && source) drop();
    };

    open();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      isStopped = true;
      source?.close();
      clearTimeout(retryTimer);
      clearTimeout(offlineTimer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [url, since]);

  return { status: state.status, connectionId: state.connectionId };
}
