// Where every annotation of one version sits in the next: the editor's mapping when it is
// believable, otherwise carried through a diff of the two texts and checked (anchorAll).
import { anchor } from './anchor';
import { anchorAll } from './anchor-all';
import { describe } from './describe';
import { similarity } from './similarity';

/** Below this likeness to its old words, a position sent by the editor is not trusted. */
const MIN_MAPPED_LIKENESS = 0.5;

export type MappedPlace = { annotationId: string; start: number | null; end: number | null };
export type PlacedAnnotation = { annotationId: string; start: number; end: number };
export type NewPlace = { annotationId: string; start: number | null; end: number | null; state: 'anchored' | 'moved' | 'orphaned' };

/**
 * A place the editor's ProseMirror mapping computed for an annotation, if it is believable: inside
 * the new text and still looking like the words it covered. `undefined` = not given or not trusted.
 */
function mappedPlace(mapped: MappedPlace | undefined, oldWords: string, editedText: string, nextText: string) {
  if (!mapped) return undefined;
  if (mapped.start === null || mapped.end === null) return null;
  if (mapped.end <= mapped.start || mapped.end > editedText.length) return undefined;
  // The stored text is the edited text tidied (spaces collapsed, empty paragraphs dropped).
  const place =
    editedText === nextText ? { start: mapped.start, end: mapped.end } : anchor(nextText, describe(editedText, mapped.start, mapped.end));
  if (!place) return undefined;
  return similarity(nextText.slice(place.start, place.end), oldWords) >= MIN_MAPPED_LIKENESS ? place : undefined;
}

/** Each annotation placed in `previousText`, placed in `nextText` (or orphaned). */
export function placeAll({
  previousText,
  nextText,
  editedText = nextText,
  placed,
  mapped = [],
}: {
  previousText: string;
  nextText: string;
  /** The text the editor's offsets refer to, before it was tidied into `nextText`. */
  editedText?: string;
  placed: PlacedAnnotation[];
  mapped?: MappedPlace[];
}): NewPlace[] {
  const mappedById = new Map(mapped.map((place) => [place.annotationId, place]));
  const fromEditor = placed.map(({ annotationId, start, end }) =>
    mappedPlace(mappedById.get(annotationId), previousText.slice(start, end), editedText, nextText),
  );
  const unmapped = placed.filter((_, index) => fromEditor[index] === undefined);
  const carried = anchorAll(
    previousText,
    nextText,
    unmapped.map(({ start, end }) => describe(previousText, start, end)),
  );
  const carriedById = new Map(unmapped.map(({ annotationId }, index) => [annotationId, carried[index]!]));
  return placed.map(({ annotationId, start, end }, index) => {
    const found = fromEditor[index] !== undefined ? fromEditor[index] : (carriedById.get(annotationId) ?? null);
    const state = !found ? 'orphaned' : found.start === start && found.end === end ? 'anchored' : 'moved';
    return { annotationId, start: found?.start ?? null, end: found?.end ?? null, state };
  });
}
