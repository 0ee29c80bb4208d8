// Suggested figures and claims (lib/detect) as dashed underlines: decorations like annotation
// highlights, painted from a list sent through a transaction meta, never part of the text.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPosition } from '@/lib/text-model';

export type SuggestionMark = { start: number; end: number; kind: 'figure' | 'claim'; current: boolean };

export const suggestionsKey = new PluginKey<DecorationSet>('suggestion-highlights');

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: suggestionsKey,
        state: {
          init: (_, state) => DecorationSet.create(state.doc, []),
          apply(transaction, current) {
            const marks = transaction.getMeta(suggestionsKey) as SuggestionMark[] | undefined;
            if (!marks) return transaction.docChanged ? current.map(transaction.mapping, transaction.doc) : current;
            const size = transaction.doc.content.size;
            return DecorationSet.create(
              transaction.doc,
              marks.map((mark) =>
                Decoration.inline(Math.min(offsetToPosition(mark.start), size), Math.min(offsetToPosition(mark.end), size), {
                  class: `suggestion suggestion-${mark.kind}${mark.current ? ' suggestion-current' : ''}`,
                  'data-suggestion': mark.kind,
                }),
              ),
            );
          },
        },
        props: { decorations: (state) => suggestionsKey.getState(state) },
      }),
    ];
  },
});
