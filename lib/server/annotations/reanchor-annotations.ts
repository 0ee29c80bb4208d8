import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { TMappedAnchor } from '@/lib/schemas/documents';
import { placeAnnotations } from '@/lib/server/work/heavy-jobs';

export type ReanchorSummary = { anchored: number; moved: number; orphaned: number };

/** What happened to the annotations: those `userId` may see (for them), the shared ones (for everyone's record). */
export type ReanchorSummaries = { visible: ReanchorSummary; shared: ReanchorSummary };

/**
 * Places every annotation that had a place in `previous` into `next`. Edits made in the editor
 * send where ProseMirror's position mapping put each annotation it showed (`mapped`): exact
 * through the edit. Everything else (re-imports, others' private notes) is described afresh
 * from where it sat in the previous version and found again (lib/anchoring/place-all.ts, in a
 * worker thread, as all heavy work on user input). What cannot be
 * placed is stored as orphaned, for a person to re-attach. Runs in the transaction that
 * created `next`. The summaries count no private note but `userId`'s own.
 */
export async function reanchorAnnotations(
  tx: DbTransaction,
  {
    userId,
    previous,
    next,
    mapped = [],
    editedText = next.plainText,
  }: {
    userId: string;
    previous: { id: string; plainText: string };
    next: { id: string; plainText: string };
    mapped?: TMappedAnchor[];
    /** The text the editor's offsets refer to, before it was tidied into `next`. */
    editedText?: string;
  },
): Promise<ReanchorSummaries> {
  const placed = await tx.annotationAnchor.findMany({
    where: { versionId: previous.id, state: { not: 'orphaned' }, start: { not: null }, end: { not: null } },
    select: { annotationId: true, start: true, end: true, annotation: { select: { visibility: true, authorId: true } } },
  });
  const audience = new Map(placed.map(({ annotationId, annotation }) => [annotationId, annotation]));
  const places = await placeAnnotations({
    previousText: previous.plainText,
    nextText: next.plainText,
    editedText,
    placed: placed.map(({ annotationId, start, end }) => ({ annotationId, start: start!, end: end! })),
    mapped,
  });
  const summaries: ReanchorSummaries = { visible: { anchored: 0, moved: 0, orphaned: 0 }, shared: { anchored: 0, moved: 0, orphaned: 0 } };
  const rows = places.map((place) => {
    const annotation = audience.get(place.annotationId);
    if (annotation?.visibility === 'shared') summaries.shared[place.state]++;
    if (annotation?.visibility === 'shared' || annotation?.authorId === userId) summaries.visible[place.state]++;
    return { ...place, versionId: next.id };
  });
  if (rows.length) await tx.annotationAnchor.createMany({ data: rows });
  return summaries;
}
