'use client';

import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { positionToOffset } from '@/lib/text-model';
import { useLive } from './live-provider';

const THROTTLE_MS = 200;
const HEARTBEAT_MS = 15_000;

type Offsets = { from: number; to: number };

/** The reader's selection in the editor as plain-text offsets, or null (collapsed, or elsewhere). */
function selectedOffsets(editor: Editor): Offsets | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const root = editor.view.dom;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const from = positionToOffset(editor.view.posAtDOM(range.startContainer, range.startOffset));
  const to = positionToOffset(editor.view.posAtDOM(range.endContainer, range.endOffset));
  return to > from ? { from, to } : null;
}

/**
 * Tells the server which version this page shows and what the reader has selected in it
 * (POST …/presence): at once, on each selection change (at most every 200 ms), and every 15 s
 * as a heartbeat. Nothing is selected while `enabled` is false (e.g. while editing the text).
 */
export function usePresenceReporter(editor: Editor | null, { versionId, enabled }: { versionId: string; enabled: boolean }) {
  const live = useLive();
  const workspace = live?.workspace;
  const documentId = live?.documentId;
  const connectionId = live?.connectionId;
  useEffect(() => {
    if (!editor || !workspace || !documentId || !connectionId) return;
    const endpoint = `/api/w/${encodeURIComponent(workspace)}/documents/${encodeURIComponent(documentId)}/presence`;
    let selection: Offsets | null = null;
    let lastSentAt = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;

    let notFoundRetries = 0;
    let isActive = true;
    const send = () => {
      clearTimeout(pending);
      pending = undefined;
      lastSentAt = Date.now();
      // A lost heartbeat is made up by the next one; presence is best effort. A 404 right after
      // `hello` can mean the server has not recorded this connection yet: try again shortly.
      void fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ connectionId, versionId, selection }),
      })
        .then((response) => {
          if (isActive && response.status === 404 && notFoundRetries < 3) {
            notFoundRetries += 1;
            pending ??= setTimeout(send, 1_000);
          }
        })
        .catch(() => {});
    };
    const onSelectionChange = () => {
      const next = enabled && !editor.isDestroyed ? selectedOffsets(editor) : null;
      if (next?.from === selection?.from && next?.to === selection?.to) return;
      selection = next;
      pending ??= setTimeout(send, Math.max(0, lastSentAt + THROTTLE_MS - Date.now()));
    };

    onSelectionChange();
    send();
    const heartbeat = setInterval(send, HEARTBEAT_MS);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      isActive = false;
      clearInterval(heartbeat);
      clearTimeout(pending);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [editor, workspace, documentId, connectionId, versionId, enabled]);
}
