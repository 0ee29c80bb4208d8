import 'server-only';
import { describe } from '@/lib/anchoring';
import type { DbTransaction } from '@/lib/db';
import { citationLinks } from '@/lib/import/citations';
import type { ImportedBlock } from '@/lib/import/types';
import { normalizeSourceUrl } from '@/lib/sources/normalize-url';

export type LinkCitations = { made: number; leftOut: number };

const normalized = (url: string) => {
  try {
    return normalizeSourceUrl(url).normalizedUrl;
  } catch {
    return null; // not a source: no citation
  }
};

/**
 * Makes each link of an imported text a shared citation annotation on the link's words in
 * `version`, tied to the workspace Source of its address (linkDocumentSources made them, in the
 * same transaction). At most MAX_CITATION_LINKS per import (`leftOut` counts the rest). On a
 * re-import, words that already carry a citation of the same source (re-anchored from the
 * previous version) are not cited twice.
 */
export async function createLinkCitations(
  tx: DbTransaction,
  {
    workspaceId,
    documentId,
    userId,
    version,
    blocks,
  }: { workspaceId: string; documentId: string; userId: string; version: { id: string; plainText: string }; blocks: ImportedBlock[] },
): Promise<LinkCitations> {
  const { links, leftOut } = citationLinks(blocks);
  if (links.length === 0) return { made: 0, leftOut };
  const keys = [...new Set(links.map((link) => normalized(link.url)).filter((key) => key !== null))];
  const sources = await tx.source.findMany({
    where: { workspaceId, normalizedUrl: { in: keys } },
    select: { id: true, normalizedUrl: true },
  });
  const sourceIds = new Map(sources.map((source) => [source.normalizedUrl, source.id]));
  const cited = await tx.annotationAnchor.findMany({
    where: { versionId: version.id, annotation: { kind: 'citation', sourceId: { not: null } } },
    select: { start: true, end: true, annotation: { select: { sourceId: true } } },
  });
  const taken = new Set(cited.map((anchor) => `${anchor.annotation.sourceId}:${anchor.start}:${anchor.end}`));
  const rows = links.flatMap((link) => {
    const sourceId = sourceIds.get(normalized(link.url) ?? '');
    const key = `${sourceId}:${link.start}:${link.end}`;
    if (!sourceId || taken.has(key) || link.end > version.plainText.length) return [];
    taken.add(key);
    const [{ exact, prefix, suffix }] = describe(version.plainText, link.start, link.end);
    const { start, end } = link;
    return [
      {
        workspaceId,
        documentId,
        versionId: version.id,
        kind: 'citation' as const,
        sourceId,
        authorId: userId,
        start,
        end,
        exact,
        prefix,
        suffix,
      },
    ];
  });
  if (rows.length === 0) return { made: 0, leftOut };
  const created = await tx.annotation.createManyAndReturn({
    data: rows,
    select: { id: true, start: true, end: true },
  });
  await tx.annotationAnchor.createMany({
    data: created.map((annotation) => ({
      annotationId: annotation.id,
      versionId: version.id,
      start: annotation.start,
      end: annotation.end,
      state: 'anchored' as const,
    })),
  });
  return { made: created.length, leftOut };
}
