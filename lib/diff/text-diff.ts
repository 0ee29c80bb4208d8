// A readable word-level diff between two versions' plain texts (jsdiff).
import { diffWordsWithSpace } from 'diff';

export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string };

export function diffTexts(before: string, after: string): { segments: DiffSegment[]; added: number; removed: number } {
  const segments = diffWordsWithSpace(before, after).map(
    (part): DiffSegment => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }),
  );
  const words = (kind: DiffSegment['kind']) =>
    segments.filter((segment) => segment.kind === kind).reduce((count, segment) => count + (segment.text.match(/\S+/g)?.length ?? 0), 0);
  return { segments, added: words('added'), removed: words('removed') };
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
