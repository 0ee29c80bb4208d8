// @vitest-environment jsdom
// The highlights as a reader sees them: the plugin's decorations drawn by an editor view.
import { EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorStateOf, offsetsOf } from '@/tests/support/editor-state';
import { offsetToPosition } from '@/lib/text-model';
import {
  activeHighlightOf,
  annotationHighlightsPlugin,
  isPaintingPending,
  annotationsAt,
  highlightsKey,
  REPAINT,
  type Highlight,
  type HighlightsMeta,
} from './annotation-highlights';

const TEXT = 'North Korea has shipped over 16,500 containers of munitions.\n\nA South Korean firm is bidding to build four submarines.';
const CLAIM: Highlight = { id: 'claim', kind: 'claim', ...offsetsOf(TEXT, 'over 16,500 containers of munitions') };
const FIGURE: Highlight = { id: 'figure', kind: 'figure', color: '#123456', ...offsetsOf(TEXT, '16,500') };
const SUBMARINES: Highlight = { id: 'submarines', kind: 'figure', ...offsetsOf(TEXT, 'four submarines') };

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

function viewOf(initial: Highlight[], chunk?: number) {
  view = new EditorView(document.createElement('div'), { state: editorStateOf(TEXT, [annotationHighlightsPlugin(initial, chunk)]) });
  return view;
}
const send = (target: EditorView, meta: HighlightsMeta) => target.dispatch(target.state.tr.setMeta(highlightsKey, meta));
/** The text of each highlight element of annotation `id`, joined. */
const wordsOf = (target: EditorView, id: string) =>
  [...target.dom.querySelectorAll(`[data-annotation-id="${id}"]`)].map((element) => element.textContent).join('');
const activeWords = (target: EditorView) => [...target.dom.querySelectorAll('[data-active="true"]')].map((element) => element.textContent);

describe('annotation highlights', () => {
  it('draws each initial highlight over its words, with its kind and colour, nested where they overlap', () => {
    const editor = viewOf([CLAIM, FIGURE, SUBMARINES]);
    expect(wordsOf(editor, 'claim')).toBe('over 16,500 containers of munitions');
    expect(wordsOf(editor, 'submarines')).toBe('four submarines');
    const figure = editor.dom.querySelector<HTMLElement>('[data-annotation-id="figure"]')!;
    expect(figure.className).toBe('annotation-highlight annotation-figure');
    expect(figure.style.getPropertyValue('--tag')).toBe('#123456');
    expect(figure.hasAttribute('data-tag')).toBe(true);
    expect(figure.closest<HTMLElement>('[data-annotation-id="claim"]')!.hasAttribute('data-tag')).toBe(false);
    expect(figure.closest('[data-annotation-id="claim"]')).not.toBeNull();
    expect(annotationsAt(editor.state, FIGURE.start)).toEqual(['claim', 'figure']);
    expect(activeWords(editor)).toEqual([]);
  });

  it('paints a new list in place of the old one', () => {
    const editor = viewOf([CLAIM]);
    send(editor, { paint: [SUBMARINES] });
    expect(wordsOf(editor, 'claim')).toBe('');
    expect(wordsOf(editor, 'submarines')).toBe('four submarines');
  });

  it('marks the active annotation’s highlight, and only it', () => {
    const editor = viewOf([CLAIM, FIGURE, SUBMARINES]);
    send(editor, { active: 'submarines' });
    expect(activeHighlightOf(editor.state)).toBe('submarines');
    expect(activeWords(editor)).toEqual(['four submarines']);
    send(editor, { active: 'figure' });
    expect(activeWords(editor)).toEqual(['16,500']);
    expect(editor.dom.querySelector<HTMLElement>('[data-active="true"]')!.dataset.annotationId).toBe('figure');
    send(editor, { active: null });
    expect(activeWords(editor)).toEqual([]);
  });

  it('keeps the active mark when the list is painted again, and gives it to a highlight that arrives later', () => {
    const editor = viewOf([CLAIM]);
    send(editor, { active: 'submarines' });
    expect(activeWords(editor)).toEqual([]);
    send(editor, { paint: [CLAIM, SUBMARINES] });
    expect(activeWords(editor)).toEqual(['four submarines']);
    send(editor, REPAINT);
    expect(activeWords(editor)).toEqual(['four submarines']);
  });

  it('moves highlights with text inserted before them, the active one still marked', () => {
    const editor = viewOf([CLAIM, SUBMARINES]);
    send(editor, { active: 'submarines' });
    editor.dispatch(editor.state.tr.insertText('Mr ', offsetToPosition(0)));
    expect(editor.state.doc.textContent.startsWith('Mr North')).toBe(true);
    expect(wordsOf(editor, 'claim')).toBe('over 16,500 containers of munitions');
    expect(annotationsAt(editor.state, CLAIM.start + 3)).toEqual(['claim']);
    expect(annotationsAt(editor.state, CLAIM.start)).toEqual([]);
    expect(activeWords(editor)).toEqual(['four submarines']);
    // Made active after the edit: found where the edit moved it.
    send(editor, { active: 'claim' });
    expect(activeWords(editor)).toEqual(['over 16,500 containers of munitions']);
  });

  it('grows a highlight with text typed inside it, and leaves alone text typed after it', () => {
    const editor = viewOf([SUBMARINES]);
    editor.dispatch(editor.state.tr.insertText(' new', offsetToPosition(offsetsOf(TEXT, 'four').end)));
    editor.dispatch(editor.state.tr.insertText(' today', offsetToPosition(SUBMARINES.end + 4)));
    expect(wordsOf(editor, 'submarines')).toBe('four new submarines');
  });

  describe('a list longer than a chunk', () => {
    const painted = (target: EditorView) =>
      [...target.dom.querySelectorAll('[data-annotation-id]')].map((element) => element.getAttribute('data-annotation-id'));

    it('draws the first chunk at once, from the top of the text, and the rest in the tasks after', async () => {
      const editor = viewOf([SUBMARINES, CLAIM, FIGURE], 1);
      expect(painted(editor)).toEqual(['claim']);
      expect(isPaintingPending(editor.state)).toBe(true);
      await vi.waitUntil(() => !isPaintingPending(editor.state));
      expect(new Set(painted(editor))).toEqual(new Set(['claim', 'figure', 'submarines']));
      expect(wordsOf(editor, 'submarines')).toBe('four submarines');
    });

    it('draws the active annotation first, and one made active while it waits at once, marked', async () => {
      const editor = viewOf([CLAIM, FIGURE], 1);
      send(editor, { active: 'submarines' });
      send(editor, { paint: [CLAIM, FIGURE, SUBMARINES] });
      expect(painted(editor)).toEqual(['submarines']);
      send(editor, { active: 'figure' });
      // Drawn at once, so that it can be scrolled to.
      expect(activeWords(editor)).toEqual(['16,500']);
      await vi.waitUntil(() => !isPaintingPending(editor.state));
      expect(activeWords(editor)).toEqual(['16,500']);
      expect(wordsOf(editor, 'claim')).toBe('over 16,500 containers of munitions');
    });

    it('draws the pending highlights on screen before the rest', () => {
      const editor = viewOf([CLAIM, FIGURE, SUBMARINES], 1);
      expect(painted(editor)).toEqual(['claim']);
      send(editor, { more: true, chunk: 1, near: offsetsOf(TEXT, 'South Korean firm is bidding to build four') });
      expect(new Set(painted(editor))).toEqual(new Set(['claim', 'submarines']));
      // Nothing pending on screen: the next in text order.
      send(editor, { more: true, chunk: 1, near: offsetsOf(TEXT, 'North') });
      expect(new Set(painted(editor))).toEqual(new Set(['claim', 'figure', 'submarines']));
      expect(isPaintingPending(editor.state)).toBe(false);
    });

    it('draws what is pending before an edit moves the text, each highlight where its words went', () => {
      const editor = viewOf([CLAIM, SUBMARINES], 1);
      editor.dispatch(editor.state.tr.insertText('Mr ', offsetToPosition(0)));
      expect(isPaintingPending(editor.state)).toBe(false);
      expect(wordsOf(editor, 'claim')).toBe('over 16,500 containers of munitions');
      expect(wordsOf(editor, 'submarines')).toBe('four submarines');
    });

    it('stops drawing once the editor is gone', async () => {
      const editor = viewOf([CLAIM, FIGURE, SUBMARINES], 1);
      const state = editor.state;
      editor.destroy();
      view = null;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(highlightsKey.getState(editor.state)).toBe(highlightsKey.getState(state));
    });
  });
});
