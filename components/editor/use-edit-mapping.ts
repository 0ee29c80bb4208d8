'use client';

import type { Editor } from '@tiptap/react';
import { Mapping } from '@tiptap/pm/transform';
import { useCallback, useEffect, useRef } from 'react';
import { mapAnchors, type PlacedAnnotation } from './map-anchors';

/**
 * Collects ProseMirror's position mapping of every edit made while `editing`, and tells where
 * each annotation's words went (see mapAnchors).
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

  return useCallback((annotations: PlacedAnnotation[]) => mapAnchors(mapping.current, annotations), []);
}
