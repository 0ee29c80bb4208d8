import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { TiptapDoc } from '@/lib/text-model';

/** One version of a document the caller can see, with its text; another workspace's is "not found". */
export async function getVersionOrThrow({
  userId,
  workspaceId,
  documentId,
  versionId,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
  versionId: string;
}) {
  const version = await getDb().documentVersion.findFirst({
    where: { id: versionId, documentId, document: { workspaceId, workspace: { memberships: { some: { userId } } } } },
    select: {
      id: true,
      number: true,
      origin: true,
      summary: true,
      contentHash: true,
      createdAt: true,
      plainText: true,
      content: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  if (!version) throw notFound('This version');
  return { ...version, content: version.content as unknown as TiptapDoc };
}
