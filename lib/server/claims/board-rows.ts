import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { createLatestPlaceReader } from '@/lib/server/annotations/latest-places';

type EvidenceSummary = { claimId: string; count: number; gone: boolean; changed: boolean };

/**
 * Each claim's evidence count and whether a source of it changed or is gone, for one page's
 * claims only: read through Evidence(claimId) and each source by its key, where reading the flags
 * through the relation joined Evidence and Source whole.
 */
async function summariseEvidence(claimIds: string[]) {
  if (claimIds.length === 0) return new Map<string, EvidenceSummary>();
  // Each source looked up by its key (a join would hash the workspace's sources whole).
  const rows = await getDb().$queryRaw<EvidenceSummary[]>`
    SELECT e."claimId", count(*)::int AS count,
      coalesce(bool_or(e.status = 'gone'), false) AS gone,
      coalesce(bool_or(e.status = 'changed'), false) AS changed
    FROM (
      SELECT e."claimId", (SELECT s."linkStatus"::text FROM "Source" s WHERE s.id = e."sourceId") AS status
      FROM "Evidence" e WHERE e."claimId" IN (${Prisma.join(claimIds)})
    ) e
    GROUP BY e."claimId"`;
  return new Map(rows.map((row) => [row.claimId, row]));
}

/** What the board shows of each claim of a page, in the page's order (one deleted meanwhile is left out). */
export async function boardRows(workspaceId: string, ids: string[]) {
  const [claims, evidence] = await Promise.all([
    getDb().claim.findMany({
      where: { id: { in: ids }, workspaceId },
      select: {
        id: true,
        version: true,
        statement: true,
        status: true,
        verdict: true,
        updatedAt: true,
        proposedById: true,
        wordsChangedAt: true,
        assignee: { select: { id: true, name: true, email: true } },
        annotation: {
          select: {
            id: true,
            kind: true,
            exact: true,
            prefix: true,
            suffix: true,
            documentId: true,
            document: { select: { id: true, title: true } },
            tags: { select: { tag: { select: { id: true, name: true, color: true } } }, orderBy: { createdAt: 'asc' } },
          },
        },
      },
    }),
    summariseEvidence(ids),
  ]);
  const places = await createLatestPlaceReader()(claims.map((claim) => claim.annotation));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return []; // deleted between the two queries
    const { annotation, ...rest } = claim;
    const summary = evidence.get(id);
    return [
      {
        ...rest,
        // the board flags claims whose evidence's source changed or died
        sourceFlag: summary?.gone ? ('gone' as const) : summary?.changed ? ('changed' as const) : null,
        kind: annotation.kind,
        // its words in the latest version (the board's one source with the panel and the exports)
        quote: places.get(annotation.id)?.exact ?? annotation.exact,
        orphaned: places.get(annotation.id)?.orphaned ?? false,
        annotationId: annotation.id,
        document: annotation.document,
        tags: annotation.tags.map(({ tag }) => tag),
        evidenceCount: summary?.count ?? 0,
      },
    ];
  });
}
