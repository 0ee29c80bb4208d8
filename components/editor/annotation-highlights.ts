// Paints annotations as ProseMirror inline decorations (never as marks: highlights are not part
// of the text). Each gets its own <span> (nodeName), so overlapping ones nest instead of being
// merged into one element that would carry only the last one's id and colour. The list arrives
// through a transaction meta; the DecorationSet is built once per list (or new text) and only
// mapped through edits, so transactions that change neither cost nothing.
import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPosition } from '@/lib/text-model';

export type Highlight = { id: string; start: number; end: number; kind: string; color?: string | null };

type HighlightState = { highlights: Highlight[]; decorations: DecorationSet };

export const highlightsKey = new PluginKey<HighlightState>('annotation-highlights');

/** Meta for a transaction that replaced the whole text (a new version): paint the list again. */
export const REPAINT = 'repaint';

function decorate(doc: Parameters<typeof DecorationSet.create>[0], highlights: Highlight[]) {
  const size = doc.content.size;
  return DecorationSet.create(
    doc,
    highlights
      .filter((highlight) => highlight.end > highlight.start)
      .map((highlight) =>
        Decoration.inline(
          Math.min(offsetToPosition(highlight.start), size),
          Math.min(offsetToPosition(highlight.end), size),
          {
            nodeName: 'span',
            class: `annotation-highlight annotation-${highlight.kind}`,
            'data-annotation-id': highlight.id,
            ...(highlight.color ? { style: `--highlight: ${highlight.color}` } : {}),
          },
          { id: highlight.id },
        ),
      ),
  );
}

/** The ids of the annotations whose highlights cover plain-text offset `offset`, outermost first. */
export function annotationsAt(state: EditorState, offset: number): string[] {
  const decorations = highlightsKey.getState(state)?.decorations;
  if (!decorations) return [];
  const position = offsetToPosition(offset);
  return decorations
    .find(position, position + 1, (spec: { id?: string }) => typeof spec.id === 'string')
    .filter((decoration) => decoration.from <= position && decoration.to > position)
    .sort((a, b) => a.from - b.from || b.to - a.to)
    .map((decoration) => (decoration.spec as { id: string }).id);
}

/** What to paint for annotations placed in the text (orphans have no place). */
export function toHighlights(annotations: { id: string; start: number | null; end: number | null; kind: string; tags: { color: string }[] }[]): Highlight[] {
  return annotations.flatMap((annotation) =>
    annotation.start === null || annotation.end === null
      ? []
      : [{ id: annotation.id, start: annotation.start, end: annotation.end, kind: annotation.kind, color: annotation.tags[0]?.color ?? null }],
  );
}

const sameHighlight = (a: Highlight, b: Highlight) => a.id === b.id && a.start === b.start && a.end === b.end && a.kind === b.kind && (a.color ?? null) === (b.color ?? null);

/** Whether the editor already paints exactly these highlights (then there is nothing to do). */
export function isPainting(state: EditorState, highlights: Highlight[]) {
  const current = highlightsKey.getState(state)?.highlights;
  return !!current && current.length === highlights.length && current.every((highlight, index) => sameHighlight(highlight, highlights[index]!));
}

/**
 * `initial`: the highlights of the first render, so that the text is drawn once with them
 * rather than drawn, then drawn again when the list arrives.
 */
export const AnnotationHighlights = Extension.create<{ initial: Highlight[] }>({
  name: 'annotationHighlights',
  addOptions: () => ({ initial: [] }),
  addProseMirrorPlugins() {
    const { initial } = this.options;
    return [
      new Plugin<HighlightState>({
        key: highlightsKey,
        state: {
          init: (_, state) => ({ highlights: initial, decorations: decorate(state.doc, initial) }),
          apply(transaction, current) {
            const meta = transaction.getMeta(highlightsKey) as Highlight[] | typeof REPAINT | undefined;
            if (meta === REPAINT) return { ...current, decorations: decorate(transaction.doc, current.highlights) };
            if (meta) return { highlights: meta, decorations: decorate(transaction.doc, meta) };
            if (!transaction.docChanged) return current;
            // Typing in the editor: highlights move with the text they cover.
            return { ...current, decorations: current.decorations.map(transaction.mapping, transaction.doc) };
          },
        },
        props: { decorations: (state) => highlightsKey.getState(state)?.decorations },
      }),
    ];
  },
});
