import 'server-only';
import { getDb } from '@/lib/db';

export async function listMyWorkspaces({ userId }: { userId: string }) {
  const memberships = await getDb().membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: 'asc' } },
    select: {
      role: true,
      workspace: { select: { slug: true, name: true, _count: { select: { documents: true, memberships: true } } } },
    },
  });
  return memberships.map(({ role, workspace }) => ({
    slug: workspace.slug,
    name: workspace.name,
    role,
    documentCount: workspace._count.documents,
    memberCount: workspace._count.memberships,
  }));
}
