import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { TiptapDoc } from '@/lib/text-model';

/** A document with its latest version; another workspace's document is "not found". */
export async function getDocumentOrThrow({ userId, workspaceId, documentId }: { userId: string; workspaceId: string; documentId: string }) {
  const document = await getDb().document.findFirst({
    where: { id: documentId, workspaceId, workspace: { memberships: { some: { userId } } } },
    select: {
      id: true,
      title: true,
      byline: true,
      originUrl: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      archivedAt: true,
      version: true,
      versions: {
        orderBy: { number: 'desc' },
        take: 1,
        select: { id: true, number: true, content: true, plainText: true, contentHash: true, createdAt: true },
      },
    },
  });
  const latest = document?.versions[0];
  if (!document || !latest) throw notFound('This document');
  const { id, title, byline, originUrl, publishedAt, createdAt, updatedAt, archivedAt } = document;
  return {
    id,
    /** the document's own version (title, byline…), sent back with a metadata edit */
    metadataVersion: document.version,
    title,
    byline,
    originUrl,
    publishedAt,
    createdAt,
    updatedAt,
    archivedAt,
    version: { ...latest, content: latest.content as unknown as TiptapDoc },
  };
}
