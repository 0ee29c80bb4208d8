'use client';

import { useRouter } from 'next/navigation';
import { createContext, use, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { TLiveChange, TPresencePerson } from './live-messages';
import { useLiveConnection, type LiveStatus } from './use-live-connection';

/** A change, or 'reset' when the server could not replay what was missed (reload everything). */
export type LiveSignal = TLiveChange | 'reset';
type Listener = (signal: LiveSignal) => void;

type LiveContextValue = {
  /** null: the user's own stream (their notifications only). */
  workspace: string | null;
  documentId: string | null;
  status: LiveStatus;
  /** This page's connection, as the server named it in `hello` (presence is reported under it). */
  connectionId: string | null;
  /** Who has the document open (document streams only; empty while not connected). */
  people: TPresencePerson[];
  subscribe: (listener: Listener) => () => void;
};

const LiveContext = createContext<LiveContextValue | null>(null);

/** The page's live connection, or null outside a LiveProvider. */
export const useLive = () => use(LiveContext);

/** Coalesces a burst of signals: the first starts a 150 ms wait, the rest join it. */
const COALESCE_MS = 150;

/**
 * One live connection for the page (a document's stream when `documentId` is given, else the
 * workspace's; without a workspace, the user's own stream of their notifications), shared by everything below it. Events carry only ids, so on each change the
 * server components are read again (`router.refresh()`, with their permission checks); client
 * state — drafts, open panels, selections — is kept. Pieces loaded on the client subscribe
 * with `useLiveChanges`.
 */
export function LiveProvider({
  workspace = null,
  documentId = null,
  onlyDocumentId = null,
  since = null,
  children,
}: {
  /** The workspace's stream; omitted on pages outside a workspace: the user's own stream. */
  workspace?: string | null;
  /** Open the document's stream (its changes and who has it open): the document page. */
  documentId?: string | null;
  /** On the workspace stream, react only to this document's changes (and those of no document). */
  onlyDocumentId?: string | null;
  /** The newest live event id before the page read its data (nothing in between is missed). */
  since?: string | null;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [listeners] = useState(() => new Set<Listener>());
  const [people, setPeople] = useState<TPresencePerson[]>([]);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const signal = (value: LiveSignal) => {
    if (value !== 'reset' && onlyDocumentId && value.documentId && value.documentId !== onlyDocumentId) return;
    refreshTimer.current ??= setTimeout(() => {
      refreshTimer.current = undefined;
      router.refresh();
    }, COALESCE_MS);
    listeners.forEach((listener) => listener(value));
  };
  const query = documentId ? `?document=${encodeURIComponent(documentId)}` : '';
  const url = workspace === null ? '/api/live' : `/api/w/${encodeURIComponent(workspace)}/live${query}`;
  const { status, connectionId } = useLiveConnection(url, {
    onChange: signal,
    onReset: () => signal('reset'),
    onPresence: setPeople,
  }, since);

  const subscribe = useCallback(
    (listener: Listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [listeners],
  );
  const value = useMemo(
    () => ({ workspace, documentId, status, connectionId, people: status === 'live' ? people : [], subscribe }),
    [workspace, documentId, status, connectionId, people, subscribe],
  );
  return <LiveContext value={value}>{children}</LiveContext>;
}

/**
 * Calls `onChange` (once per burst) when a live change `matches`, and after a reset. Does
 * nothing outside a LiveProvider.
 */
export function useLiveChanges(matches: (change: TLiveChange) => boolean, onChange: () => void) {
  const subscribe = useLive()?.subscribe;
  const isWanted = useEffectEvent((signal: LiveSignal) => signal === 'reset' || matches(signal));
  const run = useEffectEvent(onChange);
  useEffect(() => {
    if (!subscribe) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((signal) => {
      if (!isWanted(signal)) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        run();
      }, COALESCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [subscribe]);
}
