import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { listSourceCaptures } from './list-source-captures';

/**
 * One source of the workspace: its link health, the documents that cite it, every claim that
 * relies on it (with where its quote sits in a capture) and its history of captures.
 */
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
          captureId: true,
          quoteStart: true,
          quoteEnd: true,
          capture: { select: { capturedAt: true } },
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
  return { ...source, captures: await listSourceCaptures(source.id) };
}

export type SourceDetails = Awaited<ReturnType<typeof getSource>>;
