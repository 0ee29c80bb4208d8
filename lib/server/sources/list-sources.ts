import 'server-only';
import { getDb } from '@/lib/db';

/** The workspace's sources, most relied on first: how many claims use each and how many documents cite it. */
export async function listSources({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  const sources = await getDb().source.findMany({
    where: { workspaceId, workspace: { memberships: { some: { userId } } } },
    select: { id: true, url: true, domain: true, title: true, linkStatus: true, _count: { select: { evidence: true, documents: true } } },
    orderBy: [{ evidence: { _count: 'desc' } }, { domain: 'asc' }],
    take: 500,
  });
  return sources.map(({ _count, ...source }) => ({ ...source, claims: _count.evidence, documents: _count.documents }));
}
