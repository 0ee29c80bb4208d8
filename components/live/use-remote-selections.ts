'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { isPaintingSelections, remoteSelectionsKey, type RemoteSelection } from '@/components/editor/remote-selections';
import { userColours } from '@/lib/live/user-colour';
import { useLive } from './live-provider';

/**
 * Paints other people's selections in the editor: only those made in the version shown
 * (`versionId`), never the viewer's own (in any tab), none while `enabled` is false.
 */
export function useRemoteSelections(
  editor: Editor | null,
  { versionId, viewerId, enabled }: { versionId: string; viewerId: string; enabled: boolean },
) {
  const people = useLive()?.people;
  const selections = useMemo<RemoteSelection[]>(
    () =>
      !enabled || !people
        ? []
        : people.flatMap((person) => {
            const { selectionFrom: start, selectionTo: end } = person;
            if (person.userId === viewerId || person.versionId !== versionId || start == null || end == null || end <= start) return [];
            const { solid, tint } = userColours(person.userId);
            return [{ id: person.connectionId, name: person.name || 'A member', start, end, colour: solid, tint }];
          }),
    [people, versionId, viewerId, enabled],
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed || isPaintingSelections(editor.state, selections)) return;
    editor.view.dispatch(editor.state.tr.setMeta(remoteSelectionsKey, selections));
  }, [editor, selections]);
}
