import 'server-only';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import { CANDIDATE_SIMILARITY, MATCH_TEXT_LIMIT, MATCH_THRESHOLD, scoreMatch, statementFeatures } from '@/lib/matching/statements';

/** Candidates the database offers (the most similar by trigrams), of which the matching rules keep the matches. */
const CANDIDATES = 50;
/** Matches answered at most. */
export const MATCHES_SHOWN = 10;

export type ClaimMatch = {
  kind: 'claim';
  id: string;
  statement: string;
  status: ClaimStatus;
  verdict: Verdict | null;
  /** when its verdict was reviewed, or else when it last changed */
  date: Date;
  groupId: string | null;
  annotationId: string;
  document: { id: string; title: string };
  score: number;
};

type Row = Omit<ClaimMatch, 'kind' | 'score' | 'document' | 'date'> & {
  documentId: string;
  documentTitle: string;
  reviewedAt: Date | null;
  updatedAt: Date;
  trigram: number;
};

type Scope = {
  workspaceId: string;
  userId: string;
  statement: string;
  /** leave out this document's claims (the panel shows claims "from other documents") */
  excludeDocumentId?: string;
  threshold?: number;
  limit?: number;
};

/**
 * Claims of the workspace that say what `statement` says, best first: candidates by trigram
 * similarity of the statement (pg_trgm, expression GIN index of migration claim_matching), kept
 * when the matching rules (lib/matching) find the same numbers, negation and direction and a
 * score at the threshold. Only claims of shared annotations, only in the caller's workspace, and
 * only for a member (checked in the query too).
 */
export async function findClaimMatches({
  workspaceId,
  userId,
  statement,
  excludeDocumentId,
  threshold = MATCH_THRESHOLD,
  limit = MATCHES_SHOWN,
}: Scope) {
  const text = statement.slice(0, MATCH_TEXT_LIMIT).toLowerCase().trim();
  if (!text) return [];
  const db = getDb();
  const otherDocuments = excludeDocumentId ? Prisma.sql`AND a."documentId" <> ${excludeDocumentId}` : Prisma.empty;
  const [, rows] = await db.$transaction([
    // `%` keeps what is at least this similar, through the trigram index; local to this transaction
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`,
    db.$queryRaw<Row[]>`
      SELECT c.id, c.statement, c.status, c.verdict, c."groupId", c."reviewedAt", c."updatedAt",
             a.id AS "annotationId", a."documentId", d.title AS "documentTitle",
             similarity(lower(c.statement), ${text})::float8 AS trigram
      FROM "Claim" c
      JOIN "Annotation" a ON a.id = c."annotationId"
      JOIN "Document" d ON d.id = a."documentId"
      WHERE lower(c.statement) % ${text}
        AND c."workspaceId" = ${workspaceId}
        AND a.visibility = 'shared'
        AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = c."workspaceId" AND m."userId" = ${userId})
        ${otherDocuments}
      ORDER BY trigram DESC, c.id
      LIMIT ${CANDIDATES}`,
  ]);
  const wanted = statementFeatures(text);
  const matches: ClaimMatch[] = [];
  for (const row of rows) {
    const { score } = scoreMatch(wanted, statementFeatures(row.statement), row.trigram);
    if (score < threshold) continue;
    matches.push({
      kind: 'claim',
      id: row.id,
      statement: row.statement,
      status: row.status,
      verdict: row.verdict,
      date: row.reviewedAt ?? row.updatedAt,
      groupId: row.groupId,
      annotationId: row.annotationId,
      document: { id: row.documentId, title: row.documentTitle },
      score,
    });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
