import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** One source of the workspace: the documents that cite it and every claim that relies on it. */
export async function getSource({ userId, workspaceId, sourceId }: { userId: string; workspaceId: string; sourceId: string }) {
  const source = await getDb().source.findFirst({
    where: { id: sourceId, workspaceId, workspace: { memberships: { some: { userId } } } },
    include: {
      documents: { select: { document: { select: { id: true, title: true } } } },
      evidence: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          stance: true,
          quote: true,
          claim: {
            select: {
              id: true,
              statement: true,
              status: true,
              verdict: true,
              annotation: { select: { id: true, documentId: true, document: { select: { title: true } } } },
            },
          },
        },
      },
    },
  });
  if (!source) throw notFound('This source');
  return source;
}
