// @vitest-environment jsdom
// When the paragraphs kept unrendered off screen are rendered: not while highlights are being
// drawn, then a batch per idle task from the top, and not again while a new list is drawn.
import { EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorStateOf, offsetsOf } from '@/tests/support/editor-state';
import { annotationHighlightsPlugin, highlightsKey, isPaintingPending, type Highlight } from './annotation-highlights';
import { offscreenTextPlugin } from './offscreen-text';

const TEXT = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'].join('\n\n');
const HIGHLIGHTS: Highlight[] = ['One', 'Three', 'Five'].map((word) => ({ id: word, kind: 'note', ...offsetsOf(TEXT, word) }));

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
  vi.useRealTimers();
});

/** An editor in a wrapper on the page, drawing one highlight per task and rendering two blocks per idle task. */
function mount() {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  view = new EditorView(wrapper, { state: editorStateOf(TEXT, [annotationHighlightsPlugin(HIGHLIGHTS, 1), offscreenTextPlugin(2)]) });
  return view;
}

/** The number of blocks the rule renders (0: none). */
function renderedBlocks() {
  const scope = document.querySelector('[data-offscreen-text]')?.getAttribute('data-offscreen-text');
  const rule = [...document.head.querySelectorAll('style')]
    .map((style) => style.textContent ?? '')
    .find((text) => text.includes(`"${scope}"`));
  const count = rule?.match(/nth-child\(-n\+(\d+)\)/)?.[1];
  return count ? Number(count) : 0;
}

describe('off-screen text', () => {
  it('renders no block while highlights are drawn, then two blocks per task until all are rendered', async () => {
    vi.useFakeTimers();
    const editor = mount();
    expect(isPaintingPending(editor.state)).toBe(true);
    while (isPaintingPending(editor.state)) {
      expect(renderedBlocks()).toBe(0);
      await vi.advanceTimersToNextTimerAsync();
    }
    const seen: number[] = [];
    for (let step = 0; step < 5; step++) {
      await vi.advanceTimersToNextTimerAsync();
      seen.push(renderedBlocks());
    }
    expect(seen).toEqual([2, 4, 6, 6, 6]);
  });

  it('renders none again while a new list of highlights is drawn', async () => {
    vi.useFakeTimers();
    const editor = mount();
    await vi.runAllTimersAsync();
    expect(renderedBlocks()).toBe(6);
    editor.dispatch(editor.state.tr.setMeta(highlightsKey, { paint: HIGHLIGHTS }));
    expect(renderedBlocks()).toBe(0);
    await vi.runAllTimersAsync();
    expect(renderedBlocks()).toBe(6);
  });

  it('takes its rule and its mark away with the editor', () => {
    mount();
    view!.destroy();
    view = null;
    expect(document.querySelector('[data-offscreen-text]')).toBeNull();
    expect([...document.head.querySelectorAll('style')].some((style) => style.textContent?.includes('offscreen'))).toBe(false);
  });
});
