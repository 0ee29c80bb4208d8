import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/**
 * The id of a document's latest version, for reads that need only which version is current (the
 * annotation list): unlike getDocumentOrThrow it leaves the text and its editor JSON (tens of KB)
 * in the database. Another workspace's document is "not found".
 */
export async function getLatestVersionIdOrThrow({
  userId,
  workspaceId,
  documentId,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
}): Promise<string> {
  const version = await getDb().documentVersion.findFirst({
    where: { documentId, document: { workspaceId, workspace: { memberships: { some: { userId } } } } },
    orderBy: { number: 'desc' },
    select: { id: true },
  });
  if (!version) throw notFound('This document');
  return version.id;
}
