'use client';

import type { PageAnnotation } from '@/lib/annotations/packed-annotations';
import { memo, useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { useWorkspace } from '@/components/workspace/workspace-context';
import { AnnotationList } from './annotation-list';

/** What the list shows of an annotation (the page sends it packed: lib/annotations/packed-annotations). */
export type SidebarAnnotation = PageAnnotation;

type Props = {
  filters: React.ReactNode;
  annotations: SidebarAnnotation[];
  activeId: string | null;
  /** The item the details tooltip describes (reached from the keyboard). */
  describedId: string | null;
  onSelect: (id: string) => void;
  onFocusItem: (id: string | null) => void;
  onDelete: (id: string) => void;
};

/**
 * The annotations in document order (a virtual list: thousands stay cheap), and those that
 * lost their place, to be re-attached. Memoised: the annotator re-renders on every selection
 * and hover, the sidebar only when its own props change.
 */
export const AnnotationSidebar = memo(function AnnotationSidebar({
  filters,
  annotations,
  activeId,
  describedId,
  onSelect,
  onFocusItem,
  onDelete,
}: Props) {
  const canAnnotate = useWorkspace().can('annotation.create');
  const placed = useMemo(() => annotations.filter((annotation) => annotation.state !== 'orphaned'), [annotations]);
  const orphaned = useMemo(() => annotations.filter((annotation) => annotation.state === 'orphaned'), [annotations]);
  return (
    <aside className="flex flex-col gap-6 text-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)]" aria-label="Annotations">
      <section className="flex min-h-0 flex-1 flex-col">
        <h2 className="mb-2 font-medium text-muted">Annotations ({placed.length})</h2>
        <div className="mb-3">{filters}</div>
        {placed.length === 0 && <p className="text-muted">Select words in the text to mark a claim, a figure, a citation or a note.</p>}
        <AnnotationList annotations={placed} activeId={activeId} describedId={describedId} onSelect={onSelect} onFocusItem={onFocusItem} />
      </section>
      {orphaned.length > 0 && (
        <section
          className="max-h-72 shrink-0 overflow-y-auto rounded-lg border border-red-200 bg-red-50 p-3"
          aria-label="Orphaned annotations"
        >
          <h2 className="mb-2 font-medium text-danger">Need attention ({orphaned.length})</h2>
          <p className="mb-2 text-xs text-muted">
            Their words changed too much to be found again. Re-attach them to a new selection, or delete them.
          </p>
          <ol className="flex flex-col gap-2">
            {orphaned.map((annotation) => (
              <li key={annotation.id} className="rounded border border-red-200 bg-white p-2">
                <span dir="auto" className="block font-reading line-through decoration-red-300">
                  “{annotation.exact}”
                </span>
                {canAnnotate && (
                  <div className="mt-1 flex gap-1">
                    <Button variant="ghost" onClick={() => onSelect(annotation.id)}>
                      Re-attach to selection
                    </Button>
                    <Button variant="ghost" onClick={() => onDelete(annotation.id)}>
                      Delete
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
});
