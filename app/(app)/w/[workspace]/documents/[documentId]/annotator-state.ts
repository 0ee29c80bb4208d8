// The annotator's state and every way it changes, as a pure reducer (used with useReducer):
// the selection and the popover's choices, a request to the server in flight or failed, the
// annotation open in the panel, the highlight marked in the text, the details shown, the filters.
import type { TextSelection } from '@/components/editor/use-text-selection';
import type { DetailsTarget } from './annotation-details';
import { NO_FILTERS, type Filters } from './annotation-filters';
import type { PickerTag } from './tag-picker';

export type AnnotatorState = {
  /** The version shown: a selection holds offsets into its text. */
  versionId: string;
  /** The words selected in the text (the popover shows over them). */
  selection: TextSelection | null;
  isPrivate: boolean;
  /** The tags chosen in the popover for the next annotation. */
  tagIds: string[];
  /** Tags created in the popover, until the page's vocabulary includes them. */
  createdTags: PickerTag[];
  /** A request to the server (annotate, re-attach, delete) has not answered yet. */
  pending: boolean;
  error: string | null;
  /** The annotation open in the panel. */
  activeId: string | null;
  /** The annotation whose highlight is marked in the text: the active one, or the list item reached from the keyboard. */
  highlightedId: string | null;
  /** The details tooltip: what is under the pointer, or the list item reached from the keyboard. */
  details: DetailsTarget | null;
  filters: Filters;
};

export type AnnotatorAction =
  /** The page shows version `versionId` (possibly a newer one that just arrived). */
  | { type: 'versionShown'; versionId: string }
  /** Words were selected in the text, or the selection was dropped (null). */
  | { type: 'selected'; selection: TextSelection | null }
  | { type: 'privacyChanged'; isPrivate: boolean }
  | { type: 'tagToggled'; tagId: string }
  | { type: 'tagCreated'; tag: PickerTag }
  | { type: 'filtersChanged'; filters: Filters }
  | { type: 'requestSent' }
  /** The server answered: `error` when it refused. */
  | { type: 'requestDone'; error: string | null }
  /** Nothing was sent: the reader must do something first. */
  | { type: 'refused'; error: string }
  /** An annotation was chosen: clicked in the text or the list, or just created from a suggestion. */
  | { type: 'activated'; id: string }
  | { type: 'panelClosed' }
  /** The pointer is over highlights (their details), or left them (null). */
  | { type: 'hovered'; details: DetailsTarget | null }
  /** The keyboard reached an item of the list: its highlight is marked and its details shown (null: its words are not in view). */
  | { type: 'itemFocused'; id: string; details: DetailsTarget | null }
  | { type: 'focusLeft' };

export function initialAnnotatorState({ versionId, activeId }: { versionId: string; activeId: string | null }): AnnotatorState {
  return {
    versionId,
    selection: null,
    isPrivate: false,
    tagIds: [],
    createdTags: [],
    pending: false,
    error: null,
    activeId,
    highlightedId: activeId,
    details: null,
    filters: NO_FILTERS,
  };
}

export function annotatorReducer(state: AnnotatorState, action: AnnotatorAction): AnnotatorState {
  switch (action.type) {
    case 'versionShown':
      // A newer version replaced the text: the selected offsets belong to the old text, so the
      // popover closes rather than annotate the wrong words.
      return action.versionId === state.versionId ? state : { ...state, versionId: action.versionId, selection: null };
    case 'selected':
      return action.selection === state.selection ? state : { ...state, selection: action.selection };
    case 'privacyChanged':
      return { ...state, isPrivate: action.isPrivate };
    case 'tagToggled':
      return {
        ...state,
        tagIds: state.tagIds.includes(action.tagId) ? state.tagIds.filter((id) => id !== action.tagId) : [...state.tagIds, action.tagId],
      };
    case 'tagCreated':
      return { ...state, createdTags: [...state.createdTags, action.tag], tagIds: [...state.tagIds, action.tag.id] };
    case 'filtersChanged':
      return { ...state, filters: action.filters };
    case 'requestSent':
      return { ...state, pending: true, error: null };
    case 'requestDone':
      // Private is a choice for one annotation: the next one starts shared (and its Claim and
      // Figure buttons enabled) unless the person turns it on again.
      return action.error === null
        ? { ...state, pending: false, error: null, selection: null, isPrivate: false }
        : { ...state, pending: false, error: action.error };
    case 'refused':
      return { ...state, error: action.error };
    case 'activated':
      return { ...state, activeId: action.id, highlightedId: action.id };
    case 'panelClosed':
      return { ...state, activeId: null, highlightedId: state.highlightedId === state.activeId ? null : state.highlightedId };
    case 'hovered':
      return action.details === state.details ? state : { ...state, details: action.details };
    case 'itemFocused':
      return { ...state, highlightedId: action.id, details: action.details };
    case 'focusLeft':
      return state.highlightedId === state.activeId && state.details === null
        ? state
        : { ...state, highlightedId: state.activeId, details: null };
  }
}

/** The details to show: none while words are selected (the popover is there) or the text is edited. */
export const shownDetails = (state: AnnotatorState, isEditing: boolean) =>
  state.details && !state.selection && !isEditing ? state.details : null;

/** The tags the popover offers: the page's, and those created here since it loaded. */
export const tagVocabulary = (tags: PickerTag[], state: AnnotatorState) => [
  ...tags,
  ...state.createdTags.filter((tag) => !tags.some((known) => known.id === tag.id)),
];
