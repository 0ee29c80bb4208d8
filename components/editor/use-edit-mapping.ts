'use client';

import type { Editor } from '@tiptap/react';
import { Mapping } from '@tiptap/pm/transform';
import { useCallback, useEffect, useRef } from 'react';
import { offsetToPosition, positionToOffset } from '@/lib/text-model';

type Placed = { id: string; start: number | null; end: number | null };
export type MappedAnchor = { annotationId: string; start: number | null; end: number | null };

/**
 * Collects ProseMirror's position mapping of every edit made while `editing`, and tells where
 * each annotation's words went: exact through the edit (null when all of them were deleted).
 */
export function useEditMapping(editor: Editor | null, editing: boolean) {
  const mapping = useRef(new Mapping());
  useEffect(() => {
    if (!editor || !editing) return;
    mapping.current = new Mapping();
    const collect = ({ transaction }: { transaction: { docChanged: boolean; mapping: Mapping } }) => {
      if (transaction.docChanged) mapping.current.appendMapping(transaction.mapping);
    };
    editor.on('transaction', collect);
    return () => {
      editor.off('transaction', collect);
    };
  }, [editor, editing]);

  return useCallback(
    (annotations: Placed[]): MappedAnchor[] =>
      annotations
        .filter((annotation) => annotation.start !== null && annotation.end !== null)
        .map((annotation) => {
          // Text typed at an annotation's edges stays outside it.
          const from = mapping.current.mapResult(offsetToPosition(annotation.start!), 1);
          const to = mapping.current.mapResult(offsetToPosition(annotation.end!), -1);
          const isGone = to.pos <= from.pos;
          return {
            annotationId: annotation.id,
            start: isGone ? null : positionToOffset(from.pos),
            end: isGone ? null : positionToOffset(to.pos),
          };
        }),
    [],
  );
}
