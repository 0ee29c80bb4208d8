import 'server-only';
import { anchor, describe } from '@/lib/anchoring';
import type { DbTransaction } from '@/lib/db';

export type ReanchorSummary = { anchored: number; moved: number; orphaned: number };

/**
 * Places every annotation that had a place in `previous` into `next` (a version that arrived by
 * re-import or from outside the editor): described afresh from where it sat in the previous
 * version, found again with `anchor`. What cannot be placed is stored as orphaned, for a person
 * to re-attach. Runs inside the transaction that created `next`.
 */
export async function reanchorAnnotations(
  tx: DbTransaction,
  { previous, next }: { previous: { id: string; plainText: string }; next: { id: string; plainText: string } },
): Promise<ReanchorSummary> {
  const placed = await tx.annotationAnchor.findMany({
    where: { versionId: previous.id, state: { not: 'orphaned' }, start: { not: null }, end: { not: null } },
    select: { annotationId: true, start: true, end: true },
  });
  const summary: ReanchorSummary = { anchored: 0, moved: 0, orphaned: 0 };
  const rows = placed.map(({ annotationId, start, end }) => {
    const found = anchor(next.plainText, describe(previous.plainText, start!, end!));
    const state = !found ? 'orphaned' : found.start === start && found.end === end ? 'anchored' : 'moved';
    summary[state]++;
    return { annotationId, versionId: next.id, start: found?.start ?? null, end: found?.end ?? null, state } as const;
  });
  if (rows.length) await tx.annotationAnchor.createMany({ data: rows });
  return summary;
}
