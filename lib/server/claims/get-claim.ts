import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { visibleActivity } from '../activity/visible-activity';
import { createLatestPlaceReader } from '../annotations/latest-places';

const PERSON = { select: { id: true, name: true, email: true } } as const;

/** A claim of the workspace with what its panel shows: evidence, people and its history as `userId` may see it. */
export async function getClaim({ workspaceId, userId, claimId }: { workspaceId: string; userId: string; claimId: string }) {
  const claim = await getDb().claim.findFirst({
    where: { id: claimId, workspaceId },
    include: {
      annotation: {
        select: {
          id: true,
          kind: true,
          exact: true,
          prefix: true,
          suffix: true,
          documentId: true,
          // the URLs the article cites: offered first as evidence
          document: {
            select: { title: true, sources: { orderBy: { position: 'asc' }, select: { source: { select: { url: true, domain: true } } } } },
          },
        },
      },
      assignee: PERSON,
      proposedBy: PERSON,
      reviewedBy: PERSON,
      requestedReviewer: PERSON,
      evidence: {
        orderBy: { createdAt: 'asc' },
        include: {
          source: { select: { id: true, url: true, domain: true, title: true, linkStatus: true } },
          // where the quote sits in Margin's copy of the source (the evidence panel says found / not found)
          capture: { select: { capturedAt: true } },
          // an uploaded file: what identifies it, never its bytes (nor its text: the reader page shows it)
          upload: {
            select: { id: true, fileName: true, contentType: true, byteLength: true, sha256: true, createdAt: true, uploadedBy: PERSON },
          },
          addedBy: PERSON,
        },
      },
      activities: { where: visibleActivity(userId), orderBy: { id: 'asc' }, include: { actor: PERSON } },
    },
  });
  if (!claim) throw notFound('This claim');
  const place = (await createLatestPlaceReader()([claim.annotation])).get(claim.annotation.id);
  return {
    ...claim,
    /** its words in the document's latest version (the words it was marked on when orphaned) */
    current: place ? { words: place.exact, version: place.versionNumber, orphaned: place.orphaned } : null,
    figureValue: claim.figureValue === null ? null : Number(claim.figureValue),
    activities: claim.activities.map(({ id, ...entry }) => ({ ...entry, id: id.toString() })),
  };
}

export type ClaimDetails = Awaited<ReturnType<typeof getClaim>>;
