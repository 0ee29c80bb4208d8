// Paints annotations as ProseMirror inline decorations (never as marks: highlights are not part
// of the text). Each gets its own <span> (nodeName), so overlapping ones nest instead of being
// merged into one element that would carry only the last one's id and colour. What to paint, and
// which annotation is the active one, arrive through transaction metas (HighlightsMeta); the
// DecorationSet is built once per list (or new text) and only mapped through edits, so
// transactions that change neither cost nothing, and the active highlight stays marked wherever
// an edit moves it.
//
// A long list is painted a chunk at a time (the active one first): drawing 5,000 nested
// highlights in one go kept the main thread busy for hundreds of milliseconds, in which the page
// answered neither scrolling nor the mouse. The first chunk is drawn with the list, in text order;
// the plugin's view adds the next ones, one task each, yielding to the browser in between — once
// the page has scrolled (the reader did, or was taken to a linked annotation), those on screen
// first, then the rest in text order.
import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node } from '@tiptap/pm/model';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { offsetToPosition, positionToOffset } from '@/lib/text-model';

export type Highlight = { id: string; start: number; end: number; kind: string; color?: string | null };

/** `pending`: highlights of the list not drawn yet, in the order they will be. */
type HighlightState = { highlights: Highlight[]; activeId: string | null; decorations: DecorationSet; pending: Highlight[] };
type HighlightSpec = { id: string; highlight: Highlight };

/**
 * `paint`: the highlights to show (replacing the list); `active`: the annotation whose highlight
 * is marked as the current one (null: none); `repaint`: the whole text was replaced (a new
 * version), paint the list again at its offsets.
 */
export type HighlightsMeta =
  | { paint: Highlight[] }
  | { active: string | null }
  | { repaint: true }
  /** The next `chunk` pending highlights, those overlapping the plain-text offsets `near` (on screen) first. */
  | { more: true; chunk?: number; near?: TextRange };

type TextRange = { start: number; end: number };

export const highlightsKey = new PluginKey<HighlightState>('annotation-highlights');

export const REPAINT: HighlightsMeta = { repaint: true };
/** Highlights drawn with the list, and in the first task after it: a few tens of milliseconds on a slow machine. */
export const CHUNK = 300;

function highlightDecoration(from: number, to: number, highlight: Highlight, isActive: boolean) {
  const spec: HighlightSpec = { id: highlight.id, highlight };
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: `annotation-highlight annotation-${highlight.kind}`,
      'data-annotation-id': highlight.id,
      ...(isActive ? { 'data-active': 'true' } : {}),
      // The tag fills the background; the kind (its class) draws the underline: neither replaces the other.
      ...(highlight.color ? { 'data-tag': '', style: `--tag: ${highlight.color}` } : {}),
    },
    spec,
  );
}

function decorationsOf(doc: Node, highlights: Highlight[], activeId: string | null) {
  const size = doc.content.size;
  return highlights.map((highlight) =>
    highlightDecoration(
      Math.min(offsetToPosition(highlight.start), size),
      Math.min(offsetToPosition(highlight.end), size),
      highlight,
      highlight.id === activeId,
    ),
  );
}

/** The order highlights are drawn in: the active one, then the rest in text order (from the top of the page). */
function paintingOrder(highlights: Highlight[], activeId: string | null) {
  return highlights
    .filter((highlight) => highlight.end > highlight.start)
    .sort((a, b) => Number(b.id === activeId) - Number(a.id === activeId) || a.start - b.start || b.end - a.end);
}

/** A list's first chunk drawn, the rest pending. */
function decorate(doc: Node, highlights: Highlight[], activeId: string | null, chunk: number) {
  const ordered = paintingOrder(highlights, activeId);
  return { decorations: DecorationSet.create(doc, decorationsOf(doc, ordered.slice(0, chunk), activeId)), pending: ordered.slice(chunk) };
}

/**
 * The next chunk of pending highlights drawn — those overlapping `near` first, then in text
 * order; all of them when `chunk` is Infinity.
 */
function paintMore(current: HighlightState, doc: Node, chunk: number, near?: TextRange): HighlightState {
  if (current.pending.length === 0) return current;
  const inView = near
    ? current.pending.filter((highlight) => highlight.start < near.end && highlight.end > near.start).slice(0, chunk)
    : [];
  const chosen = new Set(inView);
  const next =
    inView.length < chunk
      ? [...inView, ...current.pending.filter((highlight) => !chosen.has(highlight)).slice(0, chunk - inView.length)]
      : inView;
  const drawn = new Set(next);
  return {
    ...current,
    decorations: current.decorations.add(doc, decorationsOf(doc, next, current.activeId)),
    pending: next.length === current.pending.length ? [] : current.pending.filter((highlight) => !drawn.has(highlight)),
  };
}

/** The pending highlight of annotation `id` (if any) drawn at once. */
function drawNow(current: HighlightState, doc: Node, id: string | null): HighlightState {
  const waiting = current.pending.filter((highlight) => highlight.id === id);
  if (waiting.length === 0) return current;
  return {
    ...current,
    decorations: current.decorations.add(doc, decorationsOf(doc, waiting, current.activeId)),
    pending: current.pending.filter((highlight) => highlight.id !== id),
  };
}

/** The set with the decorations of annotation `id` (wherever edits moved them) drawn active or not. */
function redraw(decorations: DecorationSet, doc: Node, id: string, isActive: boolean) {
  const found = decorations.find(undefined, undefined, (spec: Partial<HighlightSpec>) => spec.id === id);
  if (found.length === 0) return decorations;
  const redrawn = found.map((decoration) =>
    highlightDecoration(decoration.from, decoration.to, (decoration.spec as HighlightSpec).highlight, isActive),
  );
  return decorations.remove(found).add(doc, redrawn);
}

function activate(current: HighlightState, decorations: DecorationSet, doc: Node, activeId: string | null): HighlightState {
  if (activeId === current.activeId) return { ...current, decorations };
  const previous = current.activeId ? redraw(decorations, doc, current.activeId, false) : decorations;
  return { ...current, activeId, decorations: activeId ? redraw(previous, doc, activeId, true) : previous };
}

/** Whether some highlights of the list are still to be drawn. */
export const isPaintingPending = (state: EditorState) => (highlightsKey.getState(state)?.pending.length ?? 0) > 0;

/** The ids of the annotations whose highlights cover plain-text offset `offset`, outermost first. */
export function annotationsAt(state: EditorState, offset: number): string[] {
  const decorations = highlightsKey.getState(state)?.decorations;
  if (!decorations) return [];
  const position = offsetToPosition(offset);
  return decorations
    .find(position, position + 1, (spec: Partial<HighlightSpec>) => typeof spec.id === 'string')
    .filter((decoration) => decoration.from <= position && decoration.to > position)
    .sort((a, b) => a.from - b.from || b.to - a.to)
    .map((decoration) => (decoration.spec as HighlightSpec).id);
}

/** What to paint for annotations placed in the text (orphans have no place). */
export function toHighlights(
  annotations: { id: string; start: number | null; end: number | null; kind: string; tags: { color: string }[] }[],
): Highlight[] {
  return annotations.flatMap((annotation) =>
    annotation.start === null || annotation.end === null
      ? []
      : [
          {
            id: annotation.id,
            start: annotation.start,
            end: annotation.end,
            kind: annotation.kind,
            color: annotation.tags[0]?.color ?? null,
          },
        ],
  );
}

const sameHighlight = (a: Highlight, b: Highlight) =>
  a.id === b.id && a.start === b.start && a.end === b.end && a.kind === b.kind && (a.color ?? null) === (b.color ?? null);

/** Whether the editor already paints exactly these highlights (then there is nothing to do). */
export function isPainting(state: EditorState, highlights: Highlight[]) {
  const current = highlightsKey.getState(state)?.highlights;
  return (
    !!current && current.length === highlights.length && current.every((highlight, index) => sameHighlight(highlight, highlights[index]!))
  );
}

/** The annotation whose highlight is marked as the current one. */
export const activeHighlightOf = (state: EditorState) => highlightsKey.getState(state)?.activeId ?? null;

/** Yields to the browser (input, rendering) before the next chunk. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The plain-text offsets of the blocks on screen (found by halving the list of blocks, each
 * measured with getBoundingClientRect); undefined when the editor is not in view.
 */
function textOnScreen(view: EditorView): TextRange | undefined {
  const blocks = view.dom.children;
  const isAbove = (index: number) => blocks[index]!.getBoundingClientRect().bottom <= 0;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isAbove(middle)) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < blocks.length && blocks[last]!.getBoundingClientRect().top < window.innerHeight) last++;
  if (last === low) return undefined;
  const start = positionToOffset(view.posAtDOM(blocks[low]!, 0));
  const end = positionToOffset(view.posAtDOM(blocks[last - 1]!, blocks[last - 1]!.childNodes.length)) + 1;
  return { start, end };
}

/** Draws the pending highlights of `view`, a chunk per task, until none are left or the view is gone. */
function paintPendingChunks(view: EditorView, isDestroyed: () => boolean) {
  let isRunning = false;
  // Until the page scrolls, text order is the order of the screen: nothing to measure.
  let hasScrolled = false;
  const onScroll = () => {
    hasScrolled = true;
  };
  return async () => {
    if (isRunning) return;
    isRunning = true;
    window.addEventListener('scroll', onScroll, { passive: true });
    while (!isDestroyed() && isPaintingPending(view.state)) {
      await yieldToBrowser();
      if (isDestroyed()) break;
      view.dispatch(
        view.state.tr.setMeta(highlightsKey, { more: true, near: hasScrolled ? textOnScreen(view) : undefined } satisfies HighlightsMeta),
      );
    }
    window.removeEventListener('scroll', onScroll);
    isRunning = false;
  };
}

/**
 * The plugin itself (the extension below adds it to tiptap), starting with `initial` painted,
 * `chunk` highlights per task.
 */
export function annotationHighlightsPlugin(initial: Highlight[], chunk = CHUNK) {
  return new Plugin<HighlightState>({
    key: highlightsKey,
    state: {
      init: (_, state) => ({ highlights: initial, activeId: null, ...decorate(state.doc, initial, null, chunk) }),
      apply(transaction, before) {
        const meta = transaction.getMeta(highlightsKey) as HighlightsMeta | undefined;
        if (meta && 'paint' in meta)
          return { ...before, highlights: meta.paint, ...decorate(transaction.doc, meta.paint, before.activeId, chunk) };
        if (meta && 'repaint' in meta) return { ...before, ...decorate(transaction.doc, before.highlights, before.activeId, chunk) };
        if (meta && 'more' in meta) return paintMore(before, transaction.doc, meta.chunk ?? chunk, meta.near);
        // Typing in the editor: highlights move with the text they cover (any still pending are
        // drawn first, at the places they have in the text before the change).
        const current = transaction.docChanged ? paintMore(before, transaction.before, Infinity) : before;
        const decorations = transaction.docChanged ? current.decorations.map(transaction.mapping, transaction.doc) : current.decorations;
        if (meta && 'active' in meta) {
          // Made active while still waiting its turn (a link to it, a click in the list): drawn now, so that it can be shown.
          const drawn = drawNow({ ...current, decorations }, transaction.doc, meta.active);
          return activate(drawn, drawn.decorations, transaction.doc, meta.active);
        }
        return decorations === current.decorations ? current : { ...current, decorations };
      },
    },
    props: { decorations: (state) => highlightsKey.getState(state)?.decorations },
    view(view) {
      let isDestroyed = false;
      const paintPending = paintPendingChunks(view, () => isDestroyed);
      void paintPending();
      return {
        update: () => void paintPending(),
        destroy: () => {
          isDestroyed = true;
        },
      };
    },
  });
}

/**
 * `initial`: the highlights of the first render, so that the text is drawn once with them
 * rather than drawn, then drawn again when the list arrives.
 */
export const AnnotationHighlights = Extension.create<{ initial: Highlight[] }>({
  name: 'annotationHighlights',
  addOptions: () => ({ initial: [] }),
  addProseMirrorPlugins() {
    return [annotationHighlightsPlugin(this.options.initial)];
  },
});
