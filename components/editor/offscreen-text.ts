// Renders the paragraphs that `content-visibility: auto` (document-view.css) keeps unrendered off
// screen, once every highlight is drawn. While the highlights are drawn a chunk at a time,
// skipping the off-screen paragraphs keeps each chunk from laying out text nobody sees; but left
// on, it made scrolling slow: every frame laid out and painted the paragraphs coming into view and
// checked the visibility of all ~940 of them (traced: ~15 ms of a frame). So once the last
// highlight is drawn, a rule `:nth-child(-n+K)` makes the first K blocks `content-visibility:
// visible`, K growing from the top in idle time: a slice of SLICE blocks at a time, each laid out
// at once (a forced layout) so that its cost is counted in the idle task that chose it rather
// than falling on the next frame, slices following one another while the idle period has more
// time left than the last slice took. Laying out the whole text at once was one task of
// 200–400 ms on a loaded machine; 100 blocks per idle task were tasks of 70–140 ms while the
// reader scrolled. A new list of highlights to draw puts the rule back to none until it is drawn.
// The rule lives in a <style> of its own, scoped to this editor by an attribute on the editor's
// wrapper: both are outside ProseMirror's DOM, which would otherwise read a changed paragraph
// attribute as an edit.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isPaintingPending } from './annotation-highlights';

/** Blocks rendered at a time: a few milliseconds of layout on a slow machine. */
export const SLICE = 20;

let editors = 0;

type Deadline = Pick<IdleDeadline, 'timeRemaining'>;

/** Calls back in idle time (after 200 ms at the latest, then with none left); without idle callbacks, in a task of its own. */
const whenIdle = (callback: (deadline: Deadline) => void) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(callback, { timeout: 200 })
    : window.setTimeout(() => callback({ timeRemaining: () => 0 }), 0);

function renderOffscreenText(view: EditorView, slice: number) {
  const scope = `offscreen-${++editors}`;
  const style = document.createElement('style');
  document.head.append(style);
  // The wrapper (tiptap's EditorContent) may receive the editor's element after the view exists.
  let wrapper: HTMLElement | null = null;
  let rendered = 0;
  let isScheduled = false;
  let isDestroyed = false;

  const show = (count: number) => {
    if (!wrapper && view.dom.parentElement) {
      wrapper = view.dom.parentElement;
      wrapper.setAttribute('data-offscreen-text', scope);
    }
    rendered = count;
    style.textContent =
      count === 0 ? '' : `[data-offscreen-text="${scope}"] .ProseMirror > :nth-child(-n+${count}) { content-visibility: visible; }`;
  };
  // At least one slice per call, more while the idle period has more time left than the last one took.
  const step = (deadline: Deadline) => {
    isScheduled = false;
    if (isDestroyed || isPaintingPending(view.state)) return;
    if (view.dom.parentElement) {
      let took = 0;
      do {
        const started = performance.now();
        show(rendered + slice);
        void view.dom.offsetHeight; // laid out now, within this idle time, not in the next frame
        took = performance.now() - started;
      } while (rendered < view.dom.childElementCount && deadline.timeRemaining() > took);
    }
    schedule();
  };
  function schedule() {
    if (isScheduled || isDestroyed || rendered >= view.dom.childElementCount) return;
    isScheduled = true;
    whenIdle(step);
  }
  const update = () => {
    if (isPaintingPending(view.state)) {
      if (rendered > 0) show(0);
    } else schedule();
  };

  update();
  return {
    update,
    destroy: () => {
      isDestroyed = true;
      style.remove();
      wrapper?.removeAttribute('data-offscreen-text');
    },
  };
}

/** The plugin itself (the extension below adds it to tiptap), `slice` blocks rendered at a time. */
export const offscreenTextPlugin = (slice = SLICE) =>
  new Plugin({ key: new PluginKey('offscreen-text'), view: (view) => renderOffscreenText(view, slice) });

export const OffscreenText = Extension.create({
  name: 'offscreenText',
  addProseMirrorPlugins() {
    return [offscreenTextPlugin()];
  },
});
