// A readable word-level diff between two versions' plain texts (jsdiff), bounded: two texts too
// different to compare word by word give one 'too-different' segment saying so, in well under a
// second, instead of keeping the server busy for a minute.
import { diffWordsWithSpace } from 'diff';

export type DiffSegment = { kind: 'same' | 'added' | 'removed' | 'too-different'; text: string };

/**
 * Edits (a word or a run of spaces added or removed; a changed word is two) past which the
 * texts are not compared. The search costs about the square of the edits it explores: two
 * unrelated 8,000-word texts took a minute; with this cap they give up in under 1.5 s on a
 * loaded 2-core machine, while any revision that changes fewer than about 1,000 words is shown.
 */
export const MAX_DIFF_EDITS = 2000;
/** A safety net for pathological inputs the edit cap does not catch in time. */
const MAX_DIFF_MS = 3000;

export const TOO_DIFFERENT_MESSAGE = 'These texts are too different to compare word by word: roughly 1,000 words or more changed.';

export function diffTexts(before: string, after: string): { segments: DiffSegment[]; added: number; removed: number; comparable: boolean } {
  const parts = diffWordsWithSpace(before, after, { maxEditLength: MAX_DIFF_EDITS, timeout: MAX_DIFF_MS });
  if (!parts) return { segments: [{ kind: 'too-different', text: TOO_DIFFERENT_MESSAGE }], added: 0, removed: 0, comparable: false };
  const segments = parts.map((part): DiffSegment => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
  const words = (kind: DiffSegment['kind']) =>
    segments.filter((segment) => segment.kind === kind).reduce((count, segment) => count + (segment.text.match(/\S+/g)?.length ?? 0), 0);
  return { segments, added: words('added'), removed: words('removed'), comparable: true };
}

export type DiffPiece = DiffSegment | { kind: 'gap' };

/** Only the changed passages with `context` characters around them, for long documents. */
export function trimToChanges(segments: DiffSegment[], context = 160): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  segments.forEach((segment, index) => {
    if (segment.kind !== 'same' || segment.text.length <= context * 2) {
      pieces.push(segment);
      return;
    }
    const head = index === 0 ? '' : segment.text.slice(0, context);
    const tail = index === segments.length - 1 ? '' : segment.text.slice(-context);
    if (head) pieces.push({ kind: 'same', text: head });
    pieces.push({ kind: 'gap' });
    if (tail) pieces.push({ kind: 'same', text: tail });
  });
  return pieces;
}
