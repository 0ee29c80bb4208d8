import 'server-only';
import { getDb } from '@/lib/db';

/** The versions of a document the caller can see, newest first, with who made them. */
export async function listVersions({ userId, workspaceId, documentId }: { userId: string; workspaceId: string; documentId: string }) {
  return getDb().documentVersion.findMany({
    where: { documentId, document: { workspaceId, workspace: { memberships: { some: { userId } } } } },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      origin: true,
      summary: true,
      createdAt: true,
      plainText: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
}
