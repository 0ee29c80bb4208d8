import 'server-only';
import { describe } from '@/lib/anchoring';
import { getDb } from '@/lib/db';
import type { ExportClaim } from '@/lib/export/types';

export type Placement = { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } | null };

const CACHED_TEXTS = 8;

/**
 * Where each claim's annotation sits in its document's latest version: the quote with its
 * context as that text reads, and the offsets (null when orphaned — then the selectors it was
 * made with). Keeps the latest texts of the last few documents only, so memory stays flat.
 */
export function createPlacer() {
  const texts = new Map<string, { versionId: string; plainText: string }>();

  async function latestTexts(documentIds: string[]) {
    const found = new Map(documentIds.flatMap((id) => (texts.has(id) ? [[id, texts.get(id)!] as const] : [])));
    const missing = documentIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const versions = await getDb().documentVersion.findMany({
        where: { documentId: { in: missing } },
        distinct: ['documentId'],
        orderBy: [{ documentId: 'asc' }, { number: 'desc' }],
        select: { id: true, documentId: true, plainText: true },
      });
      for (const version of versions) {
        const text = { versionId: version.id, plainText: version.plainText };
        found.set(version.documentId, text);
        texts.set(version.documentId, text);
        if (texts.size > CACHED_TEXTS) texts.delete(texts.keys().next().value!);
      }
    }
    return found;
  }

  return async function place(claims: ExportClaim[]): Promise<Map<string, Placement>> {
    const latest = await latestTexts([...new Set(claims.map((claim) => claim.document.id))]);
    const anchors = await getDb().annotationAnchor.findMany({
      where: {
        annotationId: { in: claims.map((claim) => claim.annotation.id) },
        versionId: { in: [...latest.values()].map((text) => text.versionId) },
      },
      select: { annotationId: true, start: true, end: true },
    });
    const byAnnotation = new Map(anchors.map((anchor) => [anchor.annotationId, anchor]));
    const placements = new Map<string, Placement>();
    for (const { annotation, document } of claims) {
      const text = latest.get(document.id);
      const anchor = byAnnotation.get(annotation.id);
      const stored = { quote: { exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix }, position: null };
      const start = anchor ? anchor.start : text?.versionId === annotation.versionId ? annotation.start : null;
      const end = anchor ? anchor.end : text?.versionId === annotation.versionId ? annotation.end : null;
      if (!text || start === null || end === null || start >= end || end > text.plainText.length) {
        placements.set(annotation.id, stored);
        continue;
      }
      const [quote, position] = describe(text.plainText, start, end);
      placements.set(annotation.id, {
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: { start: position.start, end: position.end },
      });
    }
    return placements;
  };
}
