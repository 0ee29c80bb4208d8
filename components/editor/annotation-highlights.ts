// Paints annotations as ProseMirror inline decorations (never as marks: highlights are not part
// of the text, and overlapping ones stay separate). The list arrives through a transaction meta.
import { Extension } from '@tiptap/core';
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
        Decoration.inline(Math.min(offsetToPosition(highlight.start), size), Math.min(offsetToPosition(highlight.end), size), {
          class: `annotation-highlight annotation-${highlight.kind}`,
          'data-annotation-id': highlight.id,
          ...(highlight.color ? { style: `--highlight: ${highlight.color}` } : {}),
        }),
      ),
  );
}

export const AnnotationHighlights = Extension.create({
  name: 'annotationHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: highlightsKey,
        state: {
          init: (_, state) => ({ highlights: [], decorations: DecorationSet.create(state.doc, []) }),
          apply(transaction, current) {
            const meta = transaction.getMeta(highlightsKey) as Highlight[] | typeof REPAINT | undefined;
            if (meta === REPAINT) return { ...current, decorations: decorate(transaction.doc, current.highlights) };
            if (meta) return { highlights: meta, decorations: decorate(transaction.doc, meta) };
            // Typing in the editor: highlights move with the text they cover.
            return { ...current, decorations: current.decorations.map(transaction.mapping, transaction.doc) };
          },
        },
        props: { decorations: (state) => highlightsKey.getState(state)?.decorations },
      }),
    ];
  },
});
