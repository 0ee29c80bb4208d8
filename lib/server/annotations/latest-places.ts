import 'server-only';
import { describe } from '@/lib/anchoring';
import { isPlaced, wordsAt } from '@/lib/annotations/words-at';
import { getDb, getDbPool, namedStatement, type DbTransaction } from '@/lib/db';
import { codePointIndex } from '@/lib/export/w3c-code-points';
import { redirectPageIfDatabaseLost } from '@/lib/server/ops/page-unavailable';

/** An annotation as it was made: the words and context it was marked on. */
export type MarkedAnnotation = {
  id: string;
  documentId: string;
  exact: string;
  prefix: string;
  suffix: string;
  /**
   * Its anchor in what was its document's latest version when the caller read it, read in the same
   * query (an export's page): used when that version is still the latest, saving the reader a query.
   */
  latestAnchor?: { versionId: string; start: number | null; end: number | null } | null;
};

/**
 * Where an annotation sits in its document's latest version — the one source of the words every
 * page and export shows for a claim. Orphaned (its words are no longer in that text): no
 * offsets, and the words it was last placed on.
 */
export type LatestPlace = {
  versionId: string;
  versionNumber: number;
  orphaned: boolean;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  /** The same offsets counted in code points, as W3C Web Annotations count them (readers made `withCodePoints`). */
  codePoints?: { start: number; end: number } | null;
};

const CACHED_TEXTS = 8;

const LATEST_VERSIONS = namedStatement(
  'latest-versions',
  `SELECT DISTINCT ON ("documentId") "documentId", id, number, "plainText" FROM "DocumentVersion"
   WHERE "documentId" = ANY($1) ORDER BY "documentId", number DESC`,
);

/** A document's latest version, its text and (once asked for) its code point index. */
type LatestText = { versionId: string; number: number; plainText: string; codePoints?: ReturnType<typeof codePointIndex> };

/**
 * A reader of latest places for many annotations, page after page (an export, a board page):
 * one query for the anchors of each page; the latest texts of the last few documents are kept,
 * so memory stays flat however many documents an export spans.
 */
export function createLatestPlaceReader({ withCodePoints = false }: { withCodePoints?: boolean } = {}) {
  const texts = new Map<string, LatestText>();

  async function latestTexts(documentIds: string[]) {
    const found = new Map(documentIds.flatMap((id) => (texts.has(id) ? [[id, texts.get(id)!] as const] : [])));
    const missing = documentIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      // Through `pg`, as a named statement: through Prisma each of an export's documents (texts
      // of 100 kB and more) cost its query compiler more than the query (docs/BENCHMARKS.md).
      // A board or claim page that finds the database gone goes to /unavailable, as through Prisma (lib/db.ts).
      const { rows: versions } = await getDbPool()
        .query<{ id: string; number: number; documentId: string; plainText: string }>({ ...LATEST_VERSIONS, values: [missing] })
        .catch(async (error: unknown) => {
          await redirectPageIfDatabaseLost(error);
          throw error;
        });
      for (const version of versions) {
        const text: LatestText = { versionId: version.id, number: version.number, plainText: version.plainText };
        found.set(version.documentId, text);
        texts.set(version.documentId, text);
        if (texts.size > CACHED_TEXTS) texts.delete(texts.keys().next().value!);
      }
    }
    return found;
  }

  return async function read(annotations: MarkedAnnotation[]): Promise<Map<string, LatestPlace>> {
    const latest = await latestTexts([...new Set(annotations.map((annotation) => annotation.documentId))]);
    // The anchor read with the annotation when its version is still the latest, else one query for the rest.
    const byAnnotation = new Map<string, { start: number | null; end: number | null }>();
    const unknown: string[] = [];
    for (const annotation of annotations) {
      const anchor = annotation.latestAnchor;
      if (anchor != null && anchor.versionId === latest.get(annotation.documentId)?.versionId) byAnnotation.set(annotation.id, anchor);
      else unknown.push(annotation.id);
    }
    if (unknown.length > 0) {
      const anchors = await getDb().annotationAnchor.findMany({
        where: { annotationId: { in: unknown }, versionId: { in: [...latest.values()].map((text) => text.versionId) } },
        select: { annotationId: true, start: true, end: true },
      });
      for (const anchor of anchors) byAnnotation.set(anchor.annotationId, anchor);
    }
    const places = new Map<string, LatestPlace>();
    for (const annotation of annotations) {
      const text = latest.get(annotation.documentId);
      if (text) places.set(annotation.id, placeIn(text, annotation, byAnnotation.get(annotation.id)));
    }
    return places;
  };

  function placeIn(
    text: LatestText,
    annotation: MarkedAnnotation,
    anchor: { start: number | null; end: number | null } | undefined,
  ): LatestPlace {
    if (!isPlaced(anchor, text.plainText.length)) {
      const { exact, prefix, suffix } = annotation;
      const place: LatestPlace = {
        versionId: text.versionId,
        versionNumber: text.number,
        orphaned: true,
        exact,
        prefix,
        suffix,
        start: null,
        end: null,
      };
      if (withCodePoints) place.codePoints = null;
      return place;
    }
    const [quote, position] = describe(text.plainText, anchor.start, anchor.end);
    const place: LatestPlace = {
      versionId: text.versionId,
      versionNumber: text.number,
      orphaned: false,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
    };
    if (withCodePoints) place.codePoints = inCodePoints(text, position);
    return place;
  }
}

function inCodePoints(text: LatestText, { start, end }: { start: number; end: number }) {
  text.codePoints ??= codePointIndex(text.plainText);
  return { start: text.codePoints.toCodePoints(start), end: text.codePoints.toCodePoints(end) };
}

/**
 * One annotation's words in its document's latest version, inside a transaction (a verdict
 * records what it judged): null when it has no place there (orphaned).
 */
export async function latestWordsOf(tx: DbTransaction, annotation: { id: string; documentId: string }) {
  const version = await tx.documentVersion.findFirst({
    where: { documentId: annotation.documentId },
    orderBy: { number: 'desc' },
    select: { number: true, plainText: true, anchors: { where: { annotationId: annotation.id }, select: { start: true, end: true } } },
  });
  const words = version ? wordsAt(version.plainText, version.anchors[0]) : null;
  return version && words !== null ? { words, version: version.number } : null;
}
