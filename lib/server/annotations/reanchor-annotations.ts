import 'server-only';
import { anchor, describe } from '@/lib/anchoring';
import { similarity } from '@/lib/anchoring/similarity';
import type { DbTransaction } from '@/lib/db';
import type { TMappedAnchor } from '@/lib/schemas/documents';

/** Below this likeness to its old words, a position sent by the editor is not trusted. */
const MIN_MAPPED_LIKENESS = 0.5;

export type ReanchorSummary = { anchored: number; moved: number; orphaned: number };

/**
 * A place the editor's ProseMirror mapping computed for an annotation, if it is believable: inside
 * the new text and still looking like the words it covered. `undefined` = not given or not trusted.
 */
function mappedPlace(mapped: TMappedAnchor | undefined, oldWords: string, editedText: string, nextText: string) {
  if (!mapped) return undefined;
  if (mapped.start === null || mapped.end === null) return null;
  if (mapped.end <= mapped.start || mapped.end > editedText.length) return undefined;
  // The stored text is the edited text tidied (spaces collapsed, empty paragraphs dropped).
  const place = editedText === nextText ? { start: mapped.start, end: mapped.end } : anchor(nextText, describe(editedText, mapped.start, mapped.end));
  if (!place) return undefined;
  return similarity(nextText.slice(place.start, place.end), oldWords) >= MIN_MAPPED_LIKENESS ? place : undefined;
}

/**
 * Places every annotation that had a place in `previous` into `next`. Edits made in the editor
 * send where ProseMirror's position mapping put each annotation it showed (`mapped`): exact
 * through the edit. Everything else (re-imports, others' private notes) is described afresh
 * from where it sat in the previous version and found again with `anchor`. What cannot be
 * placed is stored as orphaned, for a person to re-attach. Runs in the transaction that
 * created `next`.
 */
export async function reanchorAnnotations(
  tx: DbTransaction,
  {
    previous,
    next,
    mapped = [],
    editedText = next.plainText,
  }: {
    previous: { id: string; plainText: string };
    next: { id: string; plainText: string };
    mapped?: TMappedAnchor[];
    /** The text the editor's offsets refer to, before it was tidied into `next`. */
    editedText?: string;
  },
): Promise<ReanchorSummary> {
  const mappedById = new Map(mapped.map((place) => [place.annotationId, place]));
  const placed = await tx.annotationAnchor.findMany({
    where: { versionId: previous.id, state: { not: 'orphaned' }, start: { not: null }, end: { not: null } },
    select: { annotationId: true, start: true, end: true },
  });
  const summary: ReanchorSummary = { anchored: 0, moved: 0, orphaned: 0 };
  const rows = placed.map(({ annotationId, start, end }) => {
    const fromEditor = mappedPlace(mappedById.get(annotationId), previous.plainText.slice(start!, end!), editedText, next.plainText);
    const found = fromEditor !== undefined ? fromEditor : anchor(next.plainText, describe(previous.plainText, start!, end!));
    const state = !found ? 'orphaned' : found.start === start && found.end === end ? 'anchored' : 'moved';
    summary[state]++;
    return { annotationId, versionId: next.id, start: found?.start ?? null, end: found?.end ?? null, state } as const;
  });
  if (rows.length) await tx.annotationAnchor.createMany({ data: rows });
  return summary;
}
