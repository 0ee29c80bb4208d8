import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { visibleAnnotations } from '../annotations/visible-annotations';

/**
 * The annotation a thread hangs on, if the caller may see it: in the workspace, the caller a
 * member, and shared or their own private note. Anything else is "not found".
 */
export async function findThreadAnnotation(
  tx: DbTransaction,
  { workspaceId, userId, annotationId }: { workspaceId: string; userId: string; annotationId: string },
) {
  const annotation = await tx.annotation.findFirst({
    where: {
      id: annotationId,
      workspaceId,
      workspace: { memberships: { some: { userId } } },
      ...visibleAnnotations(userId),
    },
    select: { id: true, documentId: true, exact: true, visibility: true, authorId: true, claim: { select: { id: true, statement: true } } },
  });
  if (!annotation) throw notFound('This annotation');
  return annotation;
}

export type ThreadAnnotation = Awaited<ReturnType<typeof findThreadAnnotation>>;

/** “over 16,500 containers”: the claim's statement, or the marked words. */
export function threadLabel(annotation: ThreadAnnotation) {
  const words = (annotation.claim?.statement ?? annotation.exact).replace(/\s+/g, ' ').trim();
  return `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`;
}
