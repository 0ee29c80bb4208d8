import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { CANDIDATE_SIMILARITY } from '@/lib/matching/statements';

/** Candidates the database offers (the most similar by trigrams), of which the matching rules keep the matches. */
export const CANDIDATES = 50;

type Scope = { workspaceId: string; userId: string; text: string };

/**
 * One query for "Seen before": the claims of the workspace's shared annotations (outside
 * `excludeDocumentId`) whose stop-word-free statement (`matchText`, kept by a trigger, GIN
 * trigram index) is at least CANDIDATE_SIMILARITY alike, most alike first, with what the panel
 * shows of them; nothing unless the caller is a member. `trigram`, what the matching rules score,
 * is the similarity of the whole lower-cased statements.
 */
export function claimCandidatesSql({ workspaceId, userId, text, excludeDocumentId }: Scope & { excludeDocumentId?: string }) {
  return Prisma.sql`
    SELECT c.id, c.statement, c.status::text AS status, c.verdict::text AS verdict, c."groupId",
           COALESCE(c."reviewedAt", c."updatedAt") AS date, a.id AS "annotationId",
           d.id AS "documentId", d.title AS "documentTitle",
           similarity(lower(c.statement), ${text})::float8 AS trigram
    FROM "Claim" c
    JOIN "Annotation" a ON a.id = c."annotationId"
    JOIN "Document" d ON d.id = a."documentId"
    WHERE c."matchText" % margin_match_text(${text}) AND c."workspaceId" = ${workspaceId}
      AND a.visibility = 'shared' ${excludeDocumentId ? Prisma.sql`AND a."documentId" <> ${excludeDocumentId}` : Prisma.empty}
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = ${workspaceId} AND m."userId" = ${userId})
    ORDER BY similarity(c."matchText", margin_match_text(${text})) DESC, c.id
    LIMIT ${CANDIDATES}`;
}

/** The same for the workspace's library of published fact checks. */
export function publishedCandidatesSql({ workspaceId, userId, text }: Scope) {
  return Prisma.sql`
    SELECT f.id, f."claimReviewed" AS statement, f.rating, f.publisher, f."datePublished" AS date, f.url,
           similarity(lower(f."claimReviewed"), ${text})::float8 AS trigram
    FROM "PublishedFactCheck" f
    WHERE f."matchText" % margin_match_text(${text}) AND f."workspaceId" = ${workspaceId}
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = ${workspaceId} AND m."userId" = ${userId})
    ORDER BY similarity(f."matchText", margin_match_text(${text})) DESC, f.id
    LIMIT ${CANDIDATES}`;
}

/** Runs a candidates query with `%`'s threshold at CANDIDATE_SIMILARITY (so the trigram index answers it), local to its transaction. */
export async function queryCandidates<Row>(sql: Prisma.Sql): Promise<Row[]> {
  const db = getDb();
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`,
    db.$queryRaw<Row[]>(sql),
  ]);
  return rows;
}
