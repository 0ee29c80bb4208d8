import 'server-only';
import { getDb } from '@/lib/db';
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

type Candidate = { id: string; statement: string; trigram: number };

type Scope = {
  workspaceId: string;
  userId: string;
  statement: string;
  /** leave out this document's claims (the panel shows claims "from other documents") */
  excludeDocumentId?: string;
  threshold?: number;
  limit?: number;
};

/** The candidates that pass the matching rules (same numbers, negation, direction) at `threshold`, with their scores. */
function scoreCandidates(text: string, candidates: Candidate[], threshold: number) {
  const wanted = statementFeatures(text);
  const scores = new Map<string, number>();
  for (const candidate of candidates) {
    const { score } = scoreMatch(wanted, statementFeatures(candidate.statement), candidate.trigram);
    if (score >= threshold) scores.set(candidate.id, score);
  }
  return scores;
}

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
  // 1. Candidates: the most similar statements of the workspace, by the trigram index alone.
  const [, candidates] = await db.$transaction([
    // `%` keeps what is at least this similar, through the trigram index; local to this transaction
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`,
    db.$queryRaw<Candidate[]>`
      SELECT c.id, c.statement, similarity(lower(c.statement), ${text})::float8 AS trigram
      FROM "Claim" c
      WHERE lower(c.statement) % ${text} AND c."workspaceId" = ${workspaceId}
      ORDER BY trigram DESC, c.id
      LIMIT ${CANDIDATES}`,
  ]);
  // 2. The matching rules: same numbers, negation and direction, and a score at the threshold.
  const scores = scoreCandidates(text, candidates, threshold);
  if (scores.size === 0) return [];
  // 3. What is shown of the matches, for a member, of shared annotations only.
  const rows = await db.claim.findMany({
    where: {
      id: { in: [...scores.keys()] },
      workspaceId,
      workspace: { memberships: { some: { userId } } },
      annotation: { visibility: 'shared', ...(excludeDocumentId ? { documentId: { not: excludeDocumentId } } : {}) },
    },
    select: {
      id: true,
      statement: true,
      status: true,
      verdict: true,
      groupId: true,
      reviewedAt: true,
      updatedAt: true,
      annotation: { select: { id: true, document: { select: { id: true, title: true } } } },
    },
  });
  const matches: ClaimMatch[] = rows.map(({ annotation, reviewedAt, updatedAt, ...row }) => ({
    kind: 'claim',
    ...row,
    date: reviewedAt ?? updatedAt,
    annotationId: annotation.id,
    document: annotation.document,
    score: scores.get(row.id)!,
  }));
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

export type PublishedMatch = {
  kind: 'published';
  id: string;
  statement: string;
  rating: string | null;
  publisher: string | null;
  date: Date | null;
  url: string;
  score: number;
};

/**
 * Fact checks of the workspace's library (imported ClaimReviews) that say what `statement` says,
 * best first, by the same candidates and rules as claims.
 */
export async function findPublishedMatches({ workspaceId, userId, statement, threshold = MATCH_THRESHOLD, limit = MATCHES_SHOWN }: Scope) {
  const text = statement.slice(0, MATCH_TEXT_LIMIT).toLowerCase().trim();
  if (!text) return [];
  const db = getDb();
  const [, candidates] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`,
    db.$queryRaw<Candidate[]>`
      SELECT f.id, f."claimReviewed" AS statement, similarity(lower(f."claimReviewed"), ${text})::float8 AS trigram
      FROM "PublishedFactCheck" f
      WHERE lower(f."claimReviewed") % ${text} AND f."workspaceId" = ${workspaceId}
        AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = f."workspaceId" AND m."userId" = ${userId})
      ORDER BY trigram DESC, f.id
      LIMIT ${CANDIDATES}`,
  ]);
  const scores = scoreCandidates(text, candidates, threshold);
  if (scores.size === 0) return [];
  const rows = await db.publishedFactCheck.findMany({
    where: { id: { in: [...scores.keys()] }, workspaceId },
    select: { id: true, claimReviewed: true, rating: true, publisher: true, datePublished: true, url: true },
  });
  const matches: PublishedMatch[] = rows.map((row) => ({
    kind: 'published',
    id: row.id,
    statement: row.claimReviewed,
    rating: row.rating,
    publisher: row.publisher,
    date: row.datePublished,
    url: row.url,
    score: scores.get(row.id)!,
  }));
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
