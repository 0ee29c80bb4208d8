'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { highlightsKey, type Highlight } from '@/components/editor/annotation-highlights';
import { useTextSelection } from '@/components/editor/use-text-selection';
import { Alert } from '@/components/ui/alert';
import { createAnnotationAction, deleteAnnotationAction, reattachAnnotationAction } from './actions';
import { AnnotationFilters, applyFilters, NO_FILTERS, type Filters } from './annotation-filters';
import { AnnotationPopover, type AnnotationKind } from './annotation-popover';
import { AnnotationSidebar, type SidebarAnnotation } from './annotation-sidebar';
import { TagPicker, type PickerTag } from './tag-picker';

export type ViewAnnotation = SidebarAnnotation & { end: number | null };

type Props = {
  editor: Editor | null;
  container: HTMLElement | null;
  workspace: string;
  documentId: string;
  versionId: string;
  annotations: ViewAnnotation[];
  tags: PickerTag[];
  canAnnotate: boolean;
  isEditing: boolean;
};

/** Highlights, the selection popover and the sidebar, wired to the annotation actions. */
export function Annotator({ editor, container, workspace, documentId, versionId, annotations, tags, canAnnotate, isEditing }: Props) {
  const [selection, setSelection] = useTextSelection(editor, container, canAnnotate && !isEditing);
  const [isPrivate, setPrivate] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tagIds, setTagIds] = useState<string[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const visible = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const [createdTags, setCreatedTags] = useState<PickerTag[]>([]);
  const vocabulary = [...tags, ...createdTags.filter((tag) => !tags.some((known) => known.id === tag.id))];

  // Paint the current list of highlights whenever it changes.
  useEffect(() => {
    if (!editor) return;
    const highlights = visible
      .filter((annotation) => annotation.start !== null && annotation.end !== null)
      .map((annotation): Highlight => ({ id: annotation.id, start: annotation.start!, end: annotation.end!, kind: annotation.kind, color: annotation.tags[0]?.color }));
    editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, highlights));
  }, [editor, visible]);

  const run = useCallback(async (work: () => Promise<{ ok: boolean; error?: string }>) => {
    setPending(true);
    setError(null);
    const result = await work();
    setPending(false);
    if (!result.ok) setError(result.error ?? 'That did not work.');
    else {
      setSelection(null);
      window.getSelection()?.removeAllRanges();
    }
  }, [setSelection]);

  const annotate = useCallback(
    (kind: AnnotationKind) => {
      if (!selection) return;
      void run(() =>
        createAnnotationAction({ workspace, documentId, versionId, start: selection.start, end: selection.end, kind, visibility: isPrivate ? 'private' : 'shared', tagIds }),
      );
    },
    [selection, run, workspace, documentId, versionId, isPrivate, tagIds],
  );

  const select = (id: string) => {
    const annotation = annotations.find((candidate) => candidate.id === id);
    if (annotation?.state === 'orphaned') {
      if (!selection) return setError('Select the words to re-attach it to first, then press “Re-attach to selection”.');
      return void run(() => reattachAnnotationAction({ workspace, annotationId: id, versionId, start: selection.start, end: selection.end }));
    }
    setActiveId(id);
    const element = container?.querySelector<HTMLElement>(`[data-annotation-id="${id}"]`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    container?.querySelectorAll('[data-active]').forEach((node) => node.removeAttribute('data-active'));
    container?.querySelectorAll(`[data-annotation-id="${id}"]`).forEach((node) => node.setAttribute('data-active', 'true'));
  };

  // Clicking a highlight selects its annotation in the sidebar.
  useEffect(() => {
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-annotation-id]')?.dataset.annotationId;
      if (id && window.getSelection()?.isCollapsed) {
        setActiveId(id);
        document.getElementById(`annotation-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [container]);

  return (
    <>
      {selection && !isEditing && (
        <AnnotationPopover
          tagPicker={
            <TagPicker
              workspace={workspace}
              tags={vocabulary}
              selected={tagIds}
              onToggle={(id) => setTagIds((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]))}
              onCreated={(tag) => {
                setCreatedTags((current) => [...current, tag]);
                setTagIds((current) => [...current, tag.id]);
              }}
            />
          }
          at={selection.at}
          quote={selection.quote}
          isPrivate={isPrivate}
          pending={pending}
          onPrivateChange={setPrivate}
          onChoose={annotate}
          onCancel={() => setSelection(null)}
        />
      )}
      <div className="lg:absolute lg:top-0 lg:left-full lg:ml-10 lg:w-72">
        {error && <Alert className="mb-3">{error}</Alert>}
        <AnnotationSidebar
          filters={<AnnotationFilters annotations={annotations} filters={filters} onChange={setFilters} />}
          annotations={visible}
          activeId={activeId}
          canAnnotate={canAnnotate}
          onSelect={select}
          onDelete={(id) => void run(() => deleteAnnotationAction({ workspace, annotationId: id }))}
        />
      </div>
    </>
  );
}
