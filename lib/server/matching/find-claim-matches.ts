import 'server-only';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import { MATCH_TEXT_LIMIT, MATCH_THRESHOLD, scoreMatch, statementFeatures } from '@/lib/matching/statements';
import { claimCandidatesSql, publishedCandidatesSql, queryCandidates } from './match-candidates';

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

type Scope = {
  workspaceId: string;
  userId: string;
  statement: string;
  /** leave out this document's claims (the panel shows claims "from other documents") */
  excludeDocumentId?: string;
  threshold?: number;
  limit?: number;
};

type Candidate = { id: string; statement: string; trigram: number };

/** The candidates that pass the matching rules (same numbers, negation, direction) at `threshold`, with their scores, best first. */
function keepMatches<Row extends Candidate>(text: string, candidates: Row[], threshold: number, limit: number) {
  const wanted = statementFeatures(text);
  return candidates
    .map(({ trigram, ...candidate }) => ({
      ...candidate,
      score: scoreMatch(wanted, statementFeatures(candidate.statement), trigram).score,
    }))
    .filter((candidate) => candidate.score >= threshold)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit);
}

const normalise = (statement: string) => statement.slice(0, MATCH_TEXT_LIMIT).toLowerCase().trim();

/**
 * Claims of the workspace that say what `statement` says, best first: the candidates of one
 * query (lib/server/matching/match-candidates.ts: trigram similarity, shared annotations of this
 * workspace, for a member), kept when the matching rules (lib/matching) find the same numbers,
 * negation and direction and a score at the threshold.
 */
export async function findClaimMatches({
  workspaceId,
  userId,
  statement,
  excludeDocumentId,
  threshold = MATCH_THRESHOLD,
  limit = MATCHES_SHOWN,
}: Scope) {
  const text = normalise(statement);
  if (!text) return [];
  type Row = Candidate & Omit<ClaimMatch, 'kind' | 'score' | 'document'> & { documentId: string; documentTitle: string };
  const candidates = await queryCandidates<Row>(claimCandidatesSql({ workspaceId, userId, text, excludeDocumentId }));
  return keepMatches(text, candidates, threshold, limit).map(({ documentId, documentTitle, ...match }): ClaimMatch => ({
    kind: 'claim',
    ...match,
    document: { id: documentId, title: documentTitle },
  }));
}

/**
 * Fact checks of the workspace's library (imported ClaimReviews) that say what `statement` says,
 * best first, by the same candidates and rules as claims.
 */
export async function findPublishedMatches({ workspaceId, userId, statement, threshold = MATCH_THRESHOLD, limit = MATCHES_SHOWN }: Scope) {
  const text = normalise(statement);
  if (!text) return [];
  const candidates = await queryCandidates<Candidate & Omit<PublishedMatch, 'kind' | 'score'>>(
    publishedCandidatesSql({ workspaceId, userId, text }),
  );
  return keepMatches(text, candidates, threshold, limit).map((match): PublishedMatch => ({ kind: 'published', ...match }));
}
