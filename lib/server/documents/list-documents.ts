import 'server-only';
import { getDb } from '@/lib/db';
import { visibleAnnotations } from '../annotations/visible-annotations';

/**
 * Documents of a workspace the user belongs to (membership is part of the query), each with the
 * number of annotations the user may see: another member's private notes are not counted.
 * The documents in use, or with `archived` the archived ones.
 */
export async function listDocuments({
  userId,
  workspaceId,
  archived = false,
}: {
  userId: string;
  workspaceId: string;
  archived?: boolean;
}) {
  const documents = await getDb().document.findMany({
    where: { workspaceId, workspace: { memberships: { some: { userId } } }, archivedAt: archived ? { not: null } : null },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      title: true,
      byline: true,
      originUrl: true,
      updatedAt: true,
      archivedAt: true,
      _count: { select: { versions: true, annotations: { where: visibleAnnotations(userId) } } },
    },
  });
  return documents.map(({ _count, ...document }) => ({
    ...document,
    versionCount: _count.versions,
    annotationCount: _count.annotations,
  }));
}
