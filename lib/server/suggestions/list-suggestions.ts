import 'server-only';
import type { ClaimReason } from '@/lib/detect';
import { CLAIM_TIER, figureTier, type SuggestionTier } from '@/lib/detect/rank';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { detectInText } from '@/lib/server/work/heavy-jobs';

/** `tier`: 0 first (money, percentages, large amounts, full dates), 1 sentences, 2 bare years and small counts. */
export type Suggestion =
  | { kind: 'figure'; tier: SuggestionTier; start: number; end: number; exact: string; value?: number; unit?: string }
  | { kind: 'claim'; tier: SuggestionTier; start: number; end: number; exact: string; reasons: ClaimReason[] };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Figures and check-worthy sentences lib/detect finds in the document's latest version, minus
 * those already marked as a claim or figure there and those the team dismissed; what a checker
 * should look at first comes first (lib/detect/rank.ts), each tier in text order.
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
      tier: figureTier(figure),
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
      tier: CLAIM_TIER,
      start: claim.start,
      end: claim.end,
      exact: text.slice(claim.start, claim.end),
      reasons: claim.reasons,
    }));
  return [...figures, ...claims]
    .filter((suggestion) => !isDismissed.has(`${suggestion.kind}:${suggestion.exact}`))
    .sort((a, b) => a.tier - b.tier || a.start - b.start || a.end - b.end);
}
