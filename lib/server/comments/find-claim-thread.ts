import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** The annotation whose discussion is a claim's, for a claim of the workspace (else "not found"). */
export async function findClaimAnnotationId({ workspaceId, claimId }: { workspaceId: string; claimId: string }) {
  const claim = await getDb().claim.findFirst({ where: { id: claimId, workspaceId }, select: { annotationId: true } });
  if (!claim) throw notFound('This claim');
  return claim.annotationId;
}
