import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { findClaimMatches, findPublishedMatches } from './find-claim-matches';

/**
 * What the claim panel shows under "Seen before" (issue 22): the claims of other documents of the
 * workspace that say the same thing (lib/server/matching/find-claim-matches.ts), the fact checks
 * of its library of published ones that do, and the claims
 * linked to this one as the same claim, each with its verdict and evidence. Only claims of shared
 * annotations, of this workspace, for a member.
 */
export async function getClaimMemory({ workspaceId, userId, claimId }: { workspaceId: string; userId: string; claimId: string }) {
  const db = getDb();
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId, workspace: { memberships: { some: { userId } } } },
    select: { id: true, statement: true, groupId: true, annotation: { select: { documentId: true, visibility: true, authorId: true } } },
  });
  // a private annotation's claim is its author's alone
  if (!claim || (claim.annotation.visibility === 'private' && claim.annotation.authorId !== userId)) throw notFound('This claim');
  const [matches, published, linked] = await Promise.all([
    findClaimMatches({ workspaceId, userId, statement: claim.statement, excludeDocumentId: claim.annotation.documentId }),
    findPublishedMatches({ workspaceId, userId, statement: claim.statement }),
    claim.groupId
      ? db.claim.findMany({
          where: { workspaceId, groupId: claim.groupId, id: { not: claim.id }, annotation: { visibility: 'shared' } },
          orderBy: { createdAt: 'asc' },
          take: 50,
          select: {
            id: true,
            statement: true,
            status: true,
            verdict: true,
            rationale: true,
            reviewedAt: true,
            updatedAt: true,
            annotation: { select: { id: true, document: { select: { id: true, title: true } } } },
            evidence: {
              orderBy: { createdAt: 'asc' },
              select: {
                id: true,
                kind: true,
                stance: true,
                quote: true,
                title: true,
                source: { select: { url: true, title: true, domain: true } },
                upload: { select: { fileName: true } },
              },
            },
          },
        })
      : [],
  ]);
  return {
    groupId: claim.groupId,
    matches: matches.filter((match) => !linked.some((member) => member.id === match.id)),
    /** fact checks published elsewhere (the workspace's ClaimReview library) that match */
    published,
    linked: linked.map(({ annotation, reviewedAt, updatedAt, ...member }) => ({
      ...member,
      annotationId: annotation.id,
      document: annotation.document,
      date: reviewedAt ?? updatedAt,
    })),
  };
}

export type ClaimMemory = Awaited<ReturnType<typeof getClaimMemory>>;
