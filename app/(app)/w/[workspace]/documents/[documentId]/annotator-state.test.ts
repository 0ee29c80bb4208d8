import { describe, expect, it } from 'vitest';
import type { DetailsTarget } from './annotation-details';
import { NO_FILTERS } from './annotation-filters';
import {
  annotatorReducer,
  initialAnnotatorState,
  shownDetails,
  tagVocabulary,
  type AnnotatorAction,
  type AnnotatorState,
} from './annotator-state';

const SELECTION = { start: 29, end: 35, quote: '16,500', at: { top: 10, left: 120 } };
const HOVERED: DetailsTarget = { ids: ['claim', 'figure'], at: { top: 40, left: 100 } };
const FOCUSED: DetailsTarget = { ids: ['figure', 'claim'], at: { top: 40, left: 100 }, focusedId: 'figure' };
const MUNITIONS = { id: 'munitions', name: 'Munitions', color: '#d97706' };

const start = (activeId: string | null = null) => initialAnnotatorState({ versionId: 'v1', activeId });
const after = (state: AnnotatorState, ...actions: AnnotatorAction[]) => actions.reduce(annotatorReducer, state);

describe('annotator state', () => {
  it('starts with nothing selected, nothing pending, no filters, and the annotation of the link (if any) active and highlighted', () => {
    expect(start()).toEqual({
      versionId: 'v1',
      selection: null,
      isPrivate: false,
      tagIds: [],
      createdTags: [],
      pending: false,
      error: null,
      activeId: null,
      highlightedId: null,
      details: null,
      filters: NO_FILTERS,
    });
    expect(start('claim')).toMatchObject({ activeId: 'claim', highlightedId: 'claim' });
  });

  describe('selecting words', () => {
    it('opens the popover over them, and closes it when the selection is dropped', () => {
      const selected = after(start(), { type: 'selected', selection: SELECTION });
      expect(selected.selection).toEqual(SELECTION);
      expect(after(selected, { type: 'selected', selection: null }).selection).toBeNull();
    });

    it('keeps the state as it is when the selection is dropped again (no re-render)', () => {
      const state = start();
      expect(annotatorReducer(state, { type: 'selected', selection: null })).toBe(state);
    });

    it('drops the selection when a newer version replaces the text, and only then', () => {
      const selected = after(start(), { type: 'selected', selection: SELECTION });
      expect(annotatorReducer(selected, { type: 'versionShown', versionId: 'v1' })).toBe(selected);
      expect(after(selected, { type: 'versionShown', versionId: 'v2' })).toMatchObject({ versionId: 'v2', selection: null });
    });
  });

  describe('the popover’s choices', () => {
    it('makes the next annotation private or shared', () => {
      const state = after(start(), { type: 'privacyChanged', isPrivate: true });
      expect(state.isPrivate).toBe(true);
      expect(after(state, { type: 'privacyChanged', isPrivate: false }).isPrivate).toBe(false);
    });

    it('toggles tags on and off', () => {
      const state = after(start(), { type: 'tagToggled', tagId: 'a' }, { type: 'tagToggled', tagId: 'b' });
      expect(state.tagIds).toEqual(['a', 'b']);
      expect(after(state, { type: 'tagToggled', tagId: 'a' }).tagIds).toEqual(['b']);
    });

    it('chooses a tag created in the popover and offers it from then on', () => {
      const state = after(start(), { type: 'tagCreated', tag: MUNITIONS });
      expect(state.tagIds).toEqual(['munitions']);
      expect(tagVocabulary([], state)).toEqual([MUNITIONS]);
    });

    it('offers a created tag once when the page’s vocabulary already has it', () => {
      const known = { id: 'known', name: 'Known', color: '#2563eb' };
      const state = after(start(), { type: 'tagCreated', tag: MUNITIONS });
      expect(tagVocabulary([known, MUNITIONS], state)).toEqual([known, MUNITIONS]);
    });
  });

  describe('a request to the server', () => {
    it('is pending once sent, and clears an earlier error', () => {
      const state = after(start(), { type: 'refused', error: 'Select the words first.' }, { type: 'requestSent' });
      expect(state).toMatchObject({ pending: true, error: null });
    });

    it('closes the popover when it succeeds', () => {
      const state = after(
        start(),
        { type: 'selected', selection: SELECTION },
        { type: 'requestSent' },
        { type: 'requestDone', error: null },
      );
      expect(state).toMatchObject({ pending: false, error: null, selection: null });
    });

    it('turns Private off again once a private note is saved, but not when it fails', () => {
      const saved = after(
        start(),
        { type: 'privacyChanged', isPrivate: true },
        { type: 'requestSent' },
        { type: 'requestDone', error: null },
      );
      expect(saved.isPrivate).toBe(false);
      const failed = after(
        start(),
        { type: 'privacyChanged', isPrivate: true },
        { type: 'requestSent' },
        { type: 'requestDone', error: 'Offline.' },
      );
      expect(failed.isPrivate).toBe(true);
    });

    it('keeps the popover open with the error when it fails', () => {
      const state = after(
        start(),
        { type: 'selected', selection: SELECTION },
        { type: 'requestSent' },
        { type: 'requestDone', error: 'Someone changed it.' },
      );
      expect(state).toMatchObject({ pending: false, error: 'Someone changed it.', selection: SELECTION });
    });

    it('refused before sending: shows why, without touching a request in flight', () => {
      const state = after(start(), { type: 'requestSent' }, { type: 'refused', error: 'Select the words first.' });
      expect(state).toMatchObject({ pending: true, error: 'Select the words first.' });
    });
  });

  describe('the active annotation', () => {
    it('opens in the panel and is highlighted in the text', () => {
      const state = after(start(), { type: 'activated', id: 'claim' });
      expect(state).toMatchObject({ activeId: 'claim', highlightedId: 'claim' });
      expect(after(state, { type: 'activated', id: 'figure' })).toMatchObject({ activeId: 'figure', highlightedId: 'figure' });
    });

    it('loses its panel and its highlight when the panel closes', () => {
      expect(after(start('claim'), { type: 'panelClosed' })).toMatchObject({ activeId: null, highlightedId: null });
    });

    it('closing the panel leaves the highlight of a list item reached from the keyboard', () => {
      const state = after(start('claim'), { type: 'itemFocused', id: 'figure', details: FOCUSED }, { type: 'panelClosed' });
      expect(state).toMatchObject({ activeId: null, highlightedId: 'figure', details: FOCUSED });
    });
  });

  describe('details and the keyboard', () => {
    it('shows the details of the highlights under the pointer, and hides them when it leaves', () => {
      const hovered = after(start(), { type: 'hovered', details: HOVERED });
      expect(hovered.details).toBe(HOVERED);
      expect(after(hovered, { type: 'hovered', details: null }).details).toBeNull();
    });

    it('keeps the state as it is when the pointer leaves again (no re-render)', () => {
      const state = start();
      expect(annotatorReducer(state, { type: 'hovered', details: null })).toBe(state);
    });

    it('highlights a list item reached from the keyboard and shows its details, without opening it', () => {
      const state = after(start('claim'), { type: 'itemFocused', id: 'figure', details: FOCUSED });
      expect(state).toMatchObject({ activeId: 'claim', highlightedId: 'figure', details: FOCUSED });
    });

    it('highlights an item whose words are not in view, without details', () => {
      expect(after(start(), { type: 'itemFocused', id: 'figure', details: null })).toMatchObject({
        highlightedId: 'figure',
        details: null,
      });
    });

    it('gives the highlight back to the active annotation when the focus leaves the list', () => {
      const state = after(start('claim'), { type: 'itemFocused', id: 'figure', details: FOCUSED }, { type: 'focusLeft' });
      expect(state).toMatchObject({ activeId: 'claim', highlightedId: 'claim', details: null });
      expect(annotatorReducer(state, { type: 'focusLeft' })).toBe(state);
    });

    it('hides the details while words are selected or the text is edited', () => {
      const hovered = after(start(), { type: 'hovered', details: HOVERED });
      expect(shownDetails(hovered, false)).toBe(HOVERED);
      expect(shownDetails(hovered, true)).toBeNull();
      expect(shownDetails(after(hovered, { type: 'selected', selection: SELECTION }), false)).toBeNull();
    });
  });

  it('filters by kind, tag and author', () => {
    const filters = { kind: 'figure', tagId: 'munitions', authorId: 'u1' };
    expect(after(start(), { type: 'filtersChanged', filters }).filters).toEqual(filters);
  });
});
