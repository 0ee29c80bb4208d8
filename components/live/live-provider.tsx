'use client';

import { useRouter } from 'next/navigation';
import { createContext, use, useEffect, useMemo, useRef, useState } from 'react';
import { mutate } from 'swr';
import { staleAfter } from '@/components/data/live-invalidation';
import type { TLiveChange, TPresencePerson } from './live-messages';
import { OwnChanges, type LiveWrite } from './own-changes';
import { useLiveConnection, type LiveStatus } from './use-live-connection';

/** A change, or 'reset' when the server could not replay what was missed (reload everything). */
type LiveSignal = TLiveChange | 'reset';

type LiveContextValue = {
  /** null: the user's own stream (their notifications only). */
  workspace: string | null;
  documentId: string | null;
  status: LiveStatus;
  /** This page's connection, as the server named it in `hello` (presence is reported under it). */
  connectionId: string | null;
  /** Who has the document open (document streams only; empty while not connected). */
  people: TPresencePerson[];
  /** The id of the newest change this page has dealt with (reloaded what it changed, or knew it already). */
  lastHandledId: string | null;
  /** A change this page makes leaves: call what it returns with what it wrote, once answered. */
  beginOwnChange: () => (writes: LiveWrite[]) => void;
};

const LiveContext = createContext<LiveContextValue | null>(null);

/** The page's live connection, or null outside a LiveProvider. */
export const useLive = () => use(LiveContext);

/** Coalesces a burst of signals: the first starts a 150 ms wait, the rest join it. */
const COALESCE_MS = 150;

/**
 * One live connection for the page (a document's stream when `documentId` is given, else the
 * workspace's; without a workspace, the user's own stream of their notifications), shared by
 * everything below it. Events carry only ids; for each burst of changes someone else made:
 * - the server components are read again, once (`router.refresh()`, with their permission checks);
 * - the client cache's reads the changes concern are read again (components/data/live-invalidation.ts).
 * Client state — drafts, open panels, selections — is kept. The echo of this page's own change
 * (components/forms/use-mutation.ts) reloads nothing: the change's answer already showed it.
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
  const [own] = useState(() => new OwnChanges());
  const [people, setPeople] = useState<TPresencePerson[]>([]);
  const [lastHandledId, setLastHandledId] = useState<string | null>(null);
  const pending = useRef<LiveSignal[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const isScheduled = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Deals with the signals gathered, once none of this page's own changes is on its way. */
  const flush = () => {
    if (own.isBusy) return own.whenIdle(flush);
    isScheduled.current = false;
    const batch = pending.current.splice(0);
    const news = batch.filter((signal) => signal === 'reset' || !own.isShown(signal));
    if (news.length > 0) router.refresh();
    if (workspace !== null) for (const signal of news) void mutate(staleAfter(signal, workspace));
    const newest = batch.findLast((signal) => signal !== 'reset');
    if (newest) setLastHandledId(newest.id);
  };
  const signal = (value: LiveSignal) => {
    if (value !== 'reset' && onlyDocumentId && value.documentId && value.documentId !== onlyDocumentId) return;
    pending.current.push(value);
    if (isScheduled.current) return;
    isScheduled.current = true;
    timer.current = setTimeout(flush, COALESCE_MS);
  };
  const query = documentId ? `?document=${encodeURIComponent(documentId)}` : '';
  const url = workspace === null ? '/api/live' : `/api/w/${encodeURIComponent(workspace)}/live${query}`;
  const { status, connectionId } = useLiveConnection(
    url,
    {
      onChange: signal,
      onReset: () => signal('reset'),
      onPresence: setPeople,
    },
    since,
  );

  const value = useMemo(
    () => ({
      workspace,
      documentId,
      status,
      connectionId,
      people: status === 'live' ? people : [],
      lastHandledId,
      beginOwnChange: () => own.begin(),
    }),
    [workspace, documentId, status, connectionId, people, lastHandledId, own],
  );
  return <LiveContext value={value}>{children}</LiveContext>;
}
