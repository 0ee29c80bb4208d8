import 'server-only';
import type { ClaimReason } from '@/lib/detect';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { detectInText } from '@/lib/server/work/heavy-jobs';

export type Suggestion =
  | { kind: 'figure'; start: number; end: number; exact: string; value?: number; unit?: string }
  | { kind: 'claim'; start: number; end: number; exact: string; reasons: ClaimReason[] };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Figures and check-worthy sentences lib/detect finds in the document's latest version, minus
 * those already marked as a claim or figure there and those the team dismissed.
 */
export async function listSuggestions({
  workspaceId,
  documentId,
  signal,
}: {
  workspaceId: string;
  documentId: string;
  /** The request's: detection stops when the reader leaves. */
  signal?: AbortSignal;
}): Promise<Suggestion[]> {
  const db = getDb();
  const version = await db.documentVersion.findFirst({
    where: { documentId, document: { workspaceId } },
    orderBy: { number: 'desc' },
    select: { id: true, plainText: true },
  });
  if (!version) throw notFound('This document');
  const [marked, dismissed] = await Promise.all([
    db.annotationAnchor.findMany({
      where: { versionId: version.id, start: { not: null }, annotation: { kind: { in: ['claim', 'figure'] }, visibility: 'shared' } },
      select: { start: true, end: true, annotation: { select: { kind: true } } },
    }),
    db.suggestionDismissal.findMany({ where: { documentId }, select: { kind: true, exact: true } }),
  ]);
  const isDismissed = new Set(dismissed.map((entry) => `${entry.kind}:${entry.exact}`));
  const text = version.plainText;
  const markedAs = (kind: 'claim' | 'figure') =>
    marked.filter((anchor) => anchor.annotation.kind === kind).map((anchor) => ({ start: anchor.start!, end: anchor.end! }));
  const markedFigures = markedAs('figure');
  const markedClaims = markedAs('claim');

  const detected = await detectInText(text, { signal });
  const figures: Suggestion[] = detected.figures
    .filter((figure) => !markedFigures.some((place) => overlaps(place, figure)))
    .map((figure) => ({
      kind: 'figure',
      start: figure.start,
      end: figure.end,
      exact: figure.text,
      value: figure.value,
      unit: figure.unit,
    }));
  const claims: Suggestion[] = detected.claims
    .filter((claim) => !markedClaims.some((place) => overlaps(place, claim)))
    .map((claim) => ({
      kind: 'claim',
      start: claim.start,
      end: claim.end,
      exact: text.slice(claim.start, claim.end),
      reasons: claim.reasons,
    }));
  return [...figures, ...claims]
    .filter((suggestion) => !isDismissed.has(`${suggestion.kind}:${suggestion.exact}`))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
