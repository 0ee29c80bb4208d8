// Renders the paragraphs that `content-visibility: auto` (document-view.css) keeps unrendered off
// screen, once every highlight is drawn. While the highlights are drawn a chunk at a time,
// skipping the off-screen paragraphs keeps each chunk from laying out text nobody sees; but left
// on, it made scrolling slow: every frame laid out and painted the paragraphs coming into view and
// checked the visibility of all ~940 of them (traced: ~15 ms of a frame). So once the last
// highlight is drawn, a rule `:nth-child(-n+K)` makes the first K blocks `content-visibility:
// visible`, K growing by BATCH per idle task from the top — laying out the whole text at once was
// one task of 200–400 ms on a loaded machine. A new list of highlights to draw puts the rule back
// to none until it is drawn. The rule lives in a <style> of its own, scoped to this editor by an
// attribute on the editor's wrapper: both are outside ProseMirror's DOM, which would otherwise
// read a changed paragraph attribute as an edit.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isPaintingPending } from './annotation-highlights';

/** Blocks rendered per idle task: a few tens of milliseconds of layout on a slow machine. */
export const BATCH = 100;

let editors = 0;

const whenIdle = (callback: () => void) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(callback, { timeout: 200 })
    : window.setTimeout(callback, 0);

function renderOffscreenText(view: EditorView, batch: number) {
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
  const step = () => {
    isScheduled = false;
    if (isDestroyed || isPaintingPending(view.state)) return;
    if (view.dom.parentElement) show(rendered + batch);
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

/** The plugin itself (the extension below adds it to tiptap), `batch` blocks rendered per idle task. */
export const offscreenTextPlugin = (batch = BATCH) =>
  new Plugin({ key: new PluginKey('offscreen-text'), view: (view) => renderOffscreenText(view, batch) });

export const OffscreenText = Extension.create({
  name: 'offscreenText',
  addProseMirrorPlugins() {
    return [offscreenTextPlugin()];
  },
});
