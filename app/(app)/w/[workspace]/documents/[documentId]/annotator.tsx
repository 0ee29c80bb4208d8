'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { activeHighlightOf, highlightsKey, isPainting, toHighlights, type HighlightsMeta } from '@/components/editor/annotation-highlights';
import { spotOf, useHighlightHover, type HighlightSpot } from '@/components/editor/use-highlight-hover';
import { readTextSelection, syncSelectionFromDom, useTextSelection, type TextSelection } from '@/components/editor/use-text-selection';
import { suggestionsKey } from '@/components/editor/suggestion-highlights';
import { SuggestionsPanel } from '@/components/suggestions/suggestions-panel';
import { Alert } from '@/components/ui/alert';
import { cn } from '@/components/ui/cn';
import { useMutation } from '@/components/forms/use-mutation';
import { useWorkspace } from '@/components/workspace/workspace-context';
import type { Suggestion } from '@/lib/server/suggestions/list-suggestions';
import { offsetToPosition } from '@/lib/text-model';
import type { ActionResult } from '@/lib/errors';
import { createAnnotationAction, deleteAnnotationAction, reattachAnnotationAction } from '@/lib/actions/annotations';
import { AnnotationDetails, type DetailsTarget } from './annotation-details';
import { AnnotationPanel } from './annotation-panel';
import { AnnotationFilters, applyFilters, type Filters } from './annotation-filters';
import { AnnotationPopover, POPOVER_SELECTOR } from './annotation-popover';
import type { AnnotationKind } from '@/lib/annotations/kinds';
import { AnnotationSidebar, type SidebarAnnotation } from './annotation-sidebar';
import { revealWords } from './reveal-words';
import { useAnnotationAddress } from './use-annotation-address';
import { annotatorReducer, initialAnnotatorState, shownDetails, tagVocabulary } from './annotator-state';
import { TagPicker, type PickerTag } from './tag-picker';

export type ViewAnnotation = SidebarAnnotation;

type Props = {
  editor: Editor | null;
  container: HTMLElement | null;
  documentId: string;
  versionId: string;
  annotations: ViewAnnotation[];
  tags: PickerTag[];
  isEditing: boolean;
  /** Selected on arrival (a notification's link: ?annotation=…). */
  initialActiveId: string | null;
};

const DETAILS_HALF_WIDTH = 160;

/** Highlights, the selection popover, hover details and the sidebar, wired to the annotation actions. */
export function Annotator({ editor, container, documentId, versionId, annotations, tags, isEditing, initialActiveId }: Props) {
  const { slug: workspace, can } = useWorkspace();
  const canAnnotate = can('annotation.create');
  const [state, dispatch] = useReducer(annotatorReducer, { versionId, activeId: initialActiveId }, initialAnnotatorState);
  if (state.versionId !== versionId) dispatch({ type: 'versionShown', versionId });
  const { selection, isPrivate, pending, error, activeId, highlightedId, tagIds, filters } = state;
  useAnnotationAddress(activeId);
  const onSelect = useCallback((next: TextSelection | null) => dispatch({ type: 'selected', selection: next }), []);
  useTextSelection(editor, container, canAnnotate && !isEditing, selection !== null, onSelect);
  // The selection the A key opened the popover on: the popover takes the focus.
  const [keyboardSelection, setKeyboardSelection] = useState<TextSelection | null>(null);
  const visible = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const byId = useMemo(() => new Map(annotations.map((annotation) => [annotation.id, annotation])), [annotations]);
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
    if (!isPainting(editor.state, highlights))
      editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, { paint: highlights } satisfies HighlightsMeta));
  }, [editor, visible]);

  // Mark the highlighted annotation's words in the text.
  useEffect(() => {
    if (editor && activeHighlightOf(editor.state) !== highlightedId)
      editor.view.dispatch(editor.state.tr.setMeta(highlightsKey, { active: highlightedId } satisfies HighlightsMeta));
  }, [editor, highlightedId]);

  // The three changes the annotator makes, through the one mutation hook; the reducer shows them.
  const creating = useMutation(createAnnotationAction);
  const reattaching = useMutation(reattachAnnotationAction);
  const removing = useMutation(deleteAnnotationAction);
  // Read through a ref, so that the callbacks below stay the same between renders (the sidebar is memoised).
  const mutations = useRef({ creating, reattaching, removing });
  useEffect(() => {
    mutations.current = { creating, reattaching, removing };
  });
  const run = useCallback(async (work: () => Promise<ActionResult<unknown>>) => {
    dispatch({ type: 'requestSent' });
    const result = await work();
    dispatch({ type: 'requestDone', error: result.ok ? null : result.error });
    if (result.ok) window.getSelection()?.removeAllRanges();
    return result.ok;
  }, []);

  /** Whether the focus is in the text, in the popover, or nowhere (the button that had it is gone). */
  const focusNearText = useCallback(() => {
    const focused = document.activeElement;
    return !focused || focused === document.body || !!editor?.view.dom.contains(focused) || !!focused.closest(POPOVER_SELECTOR);
  }, [editor]);

  // A: annotate the words selected from the keyboard (Shift+arrows) — the popover opens with the focus in it.
  useEffect(() => {
    if (!editor || !container || !canAnnotate || isEditing) return;
    const text = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'a' || event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
      event.preventDefault();
      syncSelectionFromDom(editor);
      const next = readTextSelection(editor, container);
      if (!next) return dispatch({ type: 'refused', error: 'Select the words first: Shift and the arrow keys select from the caret.' });
      setKeyboardSelection(next);
      dispatch({ type: 'selected', selection: next });
    };
    text.addEventListener('keydown', onKeyDown);
    return () => text.removeEventListener('keydown', onKeyDown);
  }, [editor, container, canAnnotate, isEditing]);

  // Escape: the popover closes and the focus goes back to the text, on the words still selected.
  const cancelPopover = useCallback(() => {
    const backToText = focusNearText();
    dispatch({ type: 'selected', selection: null });
    if (backToText) editor?.view.focus();
  }, [editor, focusNearText]);

  const annotate = useCallback(
    (kind: AnnotationKind) => {
      if (!selection) return;
      // Marked from the keyboard (or a button of the popover): the caret waits after the words, in the text.
      const backToText = focusNearText();
      void run(() =>
        mutations.current.creating.run({
          workspace,
          documentId,
          versionId,
          start: selection.start,
          end: selection.end,
          kind,
          visibility: isPrivate ? 'private' : 'shared',
          tagIds,
        }),
      ).then((ok) => {
        if (ok && backToText)
          editor?.chain().focus(null, { scrollIntoView: false }).setTextSelection(offsetToPosition(selection.end)).run();
      });
    },
    [selection, run, workspace, documentId, versionId, isPrivate, tagIds, focusNearText, editor],
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
        at: {
          top: spot.rect.bottom - box.top + 6,
          left:
            box.width > 2 * DETAILS_HALF_WIDTH ? Math.min(Math.max(middle, DETAILS_HALF_WIDTH), box.width - DETAILS_HALF_WIDTH) : middle,
        },
      };
    },
    [container],
  );
  const onHover = useCallback((spot: HighlightSpot | null) => dispatch({ type: 'hovered', details: detailsFor(spot) }), [detailsFor]);
  useHighlightHover(editor, !isEditing, onHover);

  /** The first element of an annotation's highlight. */
  const highlightOf = useCallback(
    (id: string) => container?.querySelector<HTMLElement>(`[data-annotation-id="${id}"]`) ?? null,
    [container],
  );

  const activate = useCallback((id: string) => dispatch({ type: 'activated', id }), []);
  /** Its words in view, clear of the claim view (once that is drawn). */
  const reveal = useCallback(
    (id: string, behavior?: ScrollBehavior) => requestAnimationFrame(() => revealWords(highlightOf(id), behavior)),
    [highlightOf],
  );

  const select = useCallback(
    (id: string) => {
      if (byId.get(id)?.state === 'orphaned') {
        const current = selectionRef.current;
        if (!current)
          return dispatch({ type: 'refused', error: 'Select the words to re-attach it to first, then press “Re-attach to selection”.' });
        return void run(() =>
          mutations.current.reattaching.run({
            workspace,
            annotationId: id,
            version: byId.get(id)?.version,
            versionId,
            start: current.start,
            end: current.end,
          }),
        );
      }
      activate(id);
      reveal(id, 'smooth');
    },
    [byId, run, workspace, versionId, activate, reveal],
  );

  // An item of the list reached from the keyboard: its words come into view, with their details.
  const focusItem = useCallback(
    (id: string | null) => {
      if (!id) return dispatch({ type: 'focusLeft' });
      const element = highlightOf(id);
      element?.scrollIntoView({ block: 'center' });
      dispatch({ type: 'itemFocused', id, details: element && editor ? detailsFor(spotOf(editor, element), id) : null });
    },
    [editor, highlightOf, detailsFor],
  );

  const remove = useCallback(
    (id: string) => void run(() => mutations.current.removing.run({ workspace, annotationId: id, version: byId.get(id)?.version })),
    [run, workspace, byId],
  );

  // Clicking a highlight selects its annotation in the sidebar (which scrolls to it).
  useEffect(() => {
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-annotation-id]')?.dataset.annotationId;
      if (id && window.getSelection()?.isCollapsed) {
        activate(id);
        reveal(id, 'smooth');
      }
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [container, activate, reveal]);

  // Arriving with an annotation selected (?annotation=…): bring its words into view once.
  const hasShownInitial = useRef(false);
  useEffect(() => {
    if (!editor || !initialActiveId || hasShownInitial.current) return;
    hasShownInitial.current = true;
    revealWords(highlightOf(initialActiveId));
  }, [editor, initialActiveId, highlightOf]);

  // Suggestions are painted as dashed underlines; the one picked in the list comes into view.
  const showSuggestions = useCallback(
    (suggestions: Suggestion[], current: Suggestion | null) => {
      if (!editor) return;
      const marks = suggestions.map((suggestion) => ({
        start: suggestion.start,
        end: suggestion.end,
        kind: suggestion.kind,
        current: suggestion === current,
      }));
      editor.view.dispatch(editor.state.tr.setMeta(suggestionsKey, marks));
      if (!current) return;
      const { node } = editor.view.domAtPos(offsetToPosition(current.start));
      (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [editor],
  );

  const active = activeId ? byId.get(activeId) : undefined;
  const closePanel = useCallback(() => dispatch({ type: 'panelClosed' }), []);
  const onFiltersChange = useCallback((next: Filters) => dispatch({ type: 'filtersChanged', filters: next }), []);
  const filterControls = useMemo(
    () => <AnnotationFilters annotations={annotations} filters={filters} onChange={onFiltersChange} />,
    [annotations, filters, onFiltersChange],
  );
  const details = shownDetails(state, isEditing);
  const shown = details ? details.ids.flatMap((id) => byId.get(id) ?? []) : [];

  return (
    <>
      {selection && !isEditing && (
        <AnnotationPopover
          tagPicker={
            <TagPicker
              tags={tagVocabulary(tags, state)}
              selected={tagIds}
              onToggle={(tagId) => dispatch({ type: 'tagToggled', tagId })}
              onCreated={(tag) => dispatch({ type: 'tagCreated', tag })}
            />
          }
          at={selection.at}
          quote={selection.quote}
          isPrivate={isPrivate}
          pending={pending}
          onPrivateChange={(value) => dispatch({ type: 'privacyChanged', isPrivate: value })}
          onChoose={annotate}
          onCancel={cancelPopover}
          autoFocus={selection === keyboardSelection}
        />
      )}
      {details && <AnnotationDetails annotations={shown} at={details.at} />}
      <div className="lg:absolute lg:top-0 lg:bottom-0 lg:left-full lg:ml-10 lg:w-[var(--rail,18rem)]">
        {/* An error shows where the eye is: in the claim view when it is open. */}
        {error && !(active && !isEditing) && <Alert className="mb-3">{error}</Alert>}
        {active && !isEditing && <AnnotationPanel annotation={active} onClose={closePanel} notice={error && <Alert>{error}</Alert>} />}
        {/* Beside the text, the claim view takes the list's place (hidden, still laid out: the virtual list keeps its measures). */}
        <div className={cn('contents', active && !isEditing && 'lg:invisible')}>
          {canAnnotate && !isEditing && (
            <div className="mb-4">
              <SuggestionsPanel documentId={documentId} versionId={versionId} onShow={showSuggestions} onAccepted={activate} />
            </div>
          )}
          <AnnotationSidebar
            filters={filterControls}
            annotations={visible}
            activeId={activeId}
            describedId={details?.focusedId ?? null}
            onSelect={select}
            onFocusItem={focusItem}
            onDelete={remove}
          />
        </div>
      </div>
    </>
  );
}
