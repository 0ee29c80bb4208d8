'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { activeHighlightOf, highlightsKey, isPainting, toHighlights, type HighlightsMeta } from '@/components/editor/annotation-highlights';
import { spotOf, useHighlightHover, type HighlightSpot } from '@/components/editor/use-highlight-hover';
import { useTextSelection } from '@/components/editor/use-text-selection';
import { suggestionsKey } from '@/components/editor/suggestion-highlights';
import { SuggestionsPanel } from '@/components/suggestions/suggestions-panel';
import { Alert } from '@/components/ui/alert';
import type { PanelMember } from '@/components/claims/claim-panel';
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import type { Suggestion } from '@/lib/server/suggestions/list-suggestions';
import { offsetToPosition } from '@/lib/text-model';
import { createAnnotationAction, deleteAnnotationAction, reattachAnnotationAction } from '@/lib/actions/annotations';
import { AnnotationDetails, type DetailsTarget } from './annotation-details';
import { AnnotationPanel } from './annotation-panel';
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
  viewer: { id: string; name: string | null; email: string; role: WorkspaceRole };
  members: PanelMember[];
  /** Selected on arrival (a notification's link: ?annotation=…). */
  initialActiveId: string | null;
};

const DETAILS_HALF_WIDTH = 160;

/** Highlights, the selection popover, hover details and the sidebar, wired to the annotation actions. */
export function Annotator({ editor, container, workspace, documentId, versionId, annotations, tags, canAnnotate, isEditing, viewer, members, initialActiveId }: Props) {
  const [selection, setSelection] = useTextSelection(editor, container, canAnnotate && !isEditing);
  // A newer version replaced the text (e.g. someone else's, arriving live): the selected offsets
  // belong to the old text, so the popover closes rather than annotate the wrong words.
  const [selectionVersion, setSelectionVersion] = useState(versionId);
  if (selectionVersion !== versionId) {
    setSelectionVersion(versionId);
    setSelection(null);
  }
  const [isPrivate, setPrivate] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(initialActiveId);
  const [details, setDetails] = useState<DetailsTarget | null>(null);
  const [tagIds, setTagIds] = useState<string[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const visible = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const byId = useMemo(() => new Map(annotations.map((annotation) => [annotation.id, annotation])), [annotations]);
  const [createdTags, setCreatedTags] = useState<PickerTag[]>([]);
  const vocabulary = [...tags, ...createdTags.filter((tag) => !tags.some((known) => known.id === tag.id))];
  // The sidebar's callbacks read the selection through a ref, so that selecting words does not
  // re-render the (memoised) sidebar.
  const selectionRef = useRef(selection);
  useEffect(() => {
    selectionRef.current = selection;
  }, [selection]);

  // Paint the current list of highlights whenever it changes (the editor built the first one).
  useEffect(() => {
    if (!editor) return;
    const highlights = toHighlights(visible);
    if (!isPainting(editor.state, highlights)) editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, { paint: highlights } satisfies HighlightsMeta));
  }, [editor, visible]);

  const run = useCallback(
    async (work: () => Promise<{ ok: boolean; error?: string }>) => {
      setPending(true);
      setError(null);
      const result = await work();
      setPending(false);
      if (!result.ok) setError(result.error ?? 'That did not work.');
      else {
        setSelection(null);
        window.getSelection()?.removeAllRanges();
      }
    },
    [setSelection],
  );

  const annotate = useCallback(
    (kind: AnnotationKind) => {
      if (!selection) return;
      void run(() =>
        createAnnotationAction({ workspace, documentId, versionId, start: selection.start, end: selection.end, kind, visibility: isPrivate ? 'private' : 'shared', tagIds }),
      );
    },
    [selection, run, workspace, documentId, versionId, isPrivate, tagIds],
  );

  /** Details below a spot of the text, the annotation `first` (when given) on top. */
  const detailsFor = useCallback(
    (spot: HighlightSpot | null, first?: string): DetailsTarget | null => {
      if (!spot || !container) return null;
      const box = container.getBoundingClientRect();
      const middle = spot.rect.left - box.left + spot.rect.width / 2;
      return {
        ids: first ? [first, ...spot.ids.filter((id) => id !== first)] : spot.ids,
        focusedId: first,
        at: { top: spot.rect.bottom - box.top + 6, left: box.width > 2 * DETAILS_HALF_WIDTH ? Math.min(Math.max(middle, DETAILS_HALF_WIDTH), box.width - DETAILS_HALF_WIDTH) : middle },
      };
    },
    [container],
  );
  const onHover = useCallback((spot: HighlightSpot | null) => setDetails(detailsFor(spot)), [detailsFor]);
  useHighlightHover(editor, !isEditing, onHover);

  /** Marks an annotation's highlight as the current one and returns its first element. */
  const markActive = useCallback(
    (id: string) => {
      if (editor && activeHighlightOf(editor.state) !== id) editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, { active: id } satisfies HighlightsMeta));
      return container?.querySelector<HTMLElement>(`[data-annotation-id="${id}"]`) ?? null;
    },
    [editor, container],
  );

  const select = useCallback(
    (id: string) => {
      if (byId.get(id)?.state === 'orphaned') {
        const current = selectionRef.current;
        if (!current) return setError('Select the words to re-attach it to first, then press “Re-attach to selection”.');
        return void run(() => reattachAnnotationAction({ workspace, annotationId: id, version: byId.get(id)?.version, versionId, start: current.start, end: current.end }));
      }
      setActiveId(id);
      markActive(id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [byId, run, workspace, versionId, markActive],
  );

  // An item of the list reached from the keyboard: its words come into view, with their details.
  const focusItem = useCallback(
    (id: string | null) => {
      const element = id ? markActive(id) : null;
      if (!id || !element || !editor) return setDetails(null);
      element.scrollIntoView({ block: 'center' });
      setDetails(detailsFor(spotOf(editor, element), id));
    },
    [editor, markActive, detailsFor],
  );

  const remove = useCallback((id: string) => void run(() => deleteAnnotationAction({ workspace, annotationId: id, version: byId.get(id)?.version })), [run, workspace, byId]);

  // Clicking a highlight selects its annotation in the sidebar (which scrolls to it).
  useEffect(() => {
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-annotation-id]')?.dataset.annotationId;
      if (id && window.getSelection()?.isCollapsed) setActiveId(id);
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [container]);

  // Arriving with an annotation selected (?annotation=…): bring its words into view once.
  const hasShownInitial = useRef(false);
  useEffect(() => {
    if (!editor || !initialActiveId || hasShownInitial.current) return;
    hasShownInitial.current = true;
    markActive(initialActiveId)?.scrollIntoView({ block: 'center' });
  }, [editor, initialActiveId, markActive]);

  // Suggestions are painted as dashed underlines; the one picked in the list comes into view.
  const showSuggestions = useCallback(
    (suggestions: Suggestion[], current: Suggestion | null) => {
      if (!editor) return;
      const marks = suggestions.map((suggestion) => ({ start: suggestion.start, end: suggestion.end, kind: suggestion.kind, current: suggestion === current }));
      editor.view.dispatch(editor.state.tr.setMeta(suggestionsKey, marks));
      if (!current) return;
      const { node } = editor.view.domAtPos(offsetToPosition(current.start));
      (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [editor],
  );

  const active = activeId ? byId.get(activeId) : undefined;
  const filterControls = useMemo(() => <AnnotationFilters annotations={annotations} filters={filters} onChange={setFilters} />, [annotations, filters]);
  const isShowingDetails = !!details && !selection && !isEditing;
  const shown = details ? details.ids.flatMap((id) => byId.get(id) ?? []) : [];

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
      {isShowingDetails && <AnnotationDetails annotations={shown} at={details.at} />}
      <div className="lg:absolute lg:top-0 lg:bottom-0 lg:left-full lg:ml-10 lg:w-72">
        {error && <Alert className="mb-3">{error}</Alert>}
        {active && !isEditing && (
          <div className="mb-4">
            <AnnotationPanel workspace={workspace} annotation={active} viewer={viewer} members={members} onClose={() => setActiveId(null)} />
          </div>
        )}
        {canAnnotate && !isEditing && (
          <div className="mb-4">
            <SuggestionsPanel workspace={workspace} documentId={documentId} versionId={versionId} onShow={showSuggestions} onAccepted={setActiveId} />
          </div>
        )}
        <AnnotationSidebar
          filters={filterControls}
          annotations={visible}
          activeId={activeId}
          describedId={isShowingDetails ? (details.focusedId ?? null) : null}
          canAnnotate={canAnnotate}
          onSelect={select}
          onFocusItem={focusItem}
          onDelete={remove}
        />
      </div>
    </>
  );
}
