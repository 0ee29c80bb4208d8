import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { findQuoteIn } from '@/lib/sources/find-quote';
import { foldText } from '@/lib/sources/fold-text';

/**
 * Places each quote of evidence relying on the source in a capture's text: Evidence.captureId
 * with the quote's offsets, or with null offsets when the quote is not in that capture.
 * `evidenceId` limits it to one piece of evidence (just added).
 */
export async function anchorEvidenceQuotes(
  tx: DbTransaction,
  { sourceId, capture, evidenceId }: { sourceId: string; capture: { id: string; text: string }; evidenceId?: string },
) {
  const evidence = await tx.evidence.findMany({
    where: { sourceId, quote: { not: null }, ...(evidenceId ? { id: evidenceId } : {}) },
    select: { id: true, quote: true },
  });
  let found = 0;
  const folded = evidence.length ? foldText(capture.text) : null;
  for (const { id, quote } of evidence) {
    const range = findQuoteIn(folded!, quote!);
    if (range) found++;
    await tx.evidence.update({
      where: { id },
      // Not a new version: where Margin found the quote changes nothing a person wrote, and must
      // not turn their "Remove" of the evidence they saw into a conflict.
      data: { captureId: capture.id, quoteStart: range?.start ?? null, quoteEnd: range?.end ?? null },
    });
  }
  return { anchored: evidence.length, found };
}

/** The newest capture of the source whose text could be read, if any. */
export function latestReadableCapture(tx: DbTransaction, sourceId: string) {
  return tx.sourceCapture.findFirst({
    where: { sourceId, error: null, text: { not: null } },
    orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, text: true },
  });
}
