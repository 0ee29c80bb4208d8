// Other people's selections, painted in the text as ProseMirror decorations: a tinted range and
// a small name label at its start. The list arrives through a transaction meta (like the
// annotation highlights) and is only mapped through edits in between.
import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPosition } from '@/lib/text-model';

/** One person's selection, as plain-text offsets of the version shown. */
export type RemoteSelection = { id: string; name: string; start: number; end: number; colour: string; tint: string };

type RemoteState = { selections: RemoteSelection[]; decorations: DecorationSet };

export const remoteSelectionsKey = new PluginKey<RemoteState>('remote-selections');

function label(selection: RemoteSelection) {
  const outer = document.createElement('span');
  outer.className = 'remote-selection-label';
  outer.setAttribute('contenteditable', 'false');
  outer.setAttribute('aria-hidden', 'true');
  outer.style.cssText = 'position: relative; display: inline-block; width: 0; height: 1em; user-select: none; pointer-events: none;';
  const name = document.createElement('span');
  name.textContent = selection.name;
  name.style.cssText = `position: absolute; bottom: 100%; left: 0; padding: 1px 4px; border-radius: 3px; font: 600 10px/1.2 system-ui, sans-serif; white-space: nowrap; color: white; background: ${selection.colour};`;
  outer.append(name);
  return outer;
}

function decorate(doc: EditorState['doc'], selections: RemoteSelection[]) {
  const size = doc.content.size;
  const clamp = (offset: number) => Math.min(offsetToPosition(offset), size);
  return DecorationSet.create(
    doc,
    selections
      .filter((selection) => selection.end > selection.start && clamp(selection.start) < size)
      .flatMap((selection) => [
        Decoration.inline(clamp(selection.start), clamp(selection.end), {
          nodeName: 'span',
          class: 'remote-selection',
          style: `background-color: ${selection.tint}; box-shadow: 0 1px 0 ${selection.colour};`,
          'data-remote-selection': selection.name,
        }),
        Decoration.widget(clamp(selection.start), () => label(selection), {
          side: -1,
          key: `${selection.id}:${selection.name}:${selection.colour}`,
          ignoreSelection: true,
        }),
      ]),
  );
}

const sameSelections = (a: RemoteSelection[], b: RemoteSelection[]) =>
  a.length === b.length && a.every((one, index) => JSON.stringify(one) === JSON.stringify(b[index]));

/** Whether the editor already paints exactly these selections. */
export const isPaintingSelections = (state: EditorState, selections: RemoteSelection[]) =>
  sameSelections(remoteSelectionsKey.getState(state)?.selections ?? [], selections);

export const RemoteSelections = Extension.create({
  name: 'remoteSelections',
  addProseMirrorPlugins() {
    return [
      new Plugin<RemoteState>({
        key: remoteSelectionsKey,
        state: {
          init: (_, state) => ({ selections: [], decorations: DecorationSet.create(state.doc, []) }),
          apply(transaction, current) {
            const meta = transaction.getMeta(remoteSelectionsKey) as RemoteSelection[] | undefined;
            if (meta) return { selections: meta, decorations: decorate(transaction.doc, meta) };
            if (!transaction.docChanged) return current;
            return { ...current, decorations: current.decorations.map(transaction.mapping, transaction.doc) };
          },
        },
        props: { decorations: (state) => remoteSelectionsKey.getState(state)?.decorations },
      }),
    ];
  },
});
