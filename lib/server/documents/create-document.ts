import 'server-only';
import { getDb } from '@/lib/db';
import type { VersionOrigin } from '@/lib/generated/prisma/enums';
import { recordActivity } from '@/lib/server/activity/record-activity';
import type { ImportedBlock } from '@/lib/import/types';
import { createLinkCitations } from '@/lib/server/annotations/create-link-citations';
import { enqueueDocumentImported } from '@/lib/server/webhooks/workspace-events';
import { linkDocumentSources } from '@/lib/server/sources/link-document-sources';
import { blocksToDoc, projectPlainText } from '@/lib/text-model';
import { contentHash } from '@/lib/server/documents/content-hash';

export type NewDocument = {
  workspaceId: string;
  userId: string;
  title: string;
  byline?: string | null;
  originUrl?: string | null;
  publishedAt?: Date | null;
  /** The text; links on its words become citation annotations. */
  blocks: ImportedBlock[];
  /** Cited URLs: they become the workspace's sources, linked to this document. */
  urls?: string[];
  origin: VersionOrigin;
};

/**
 * Creates a document, its first version, its sources and the citations of its links in one
 * transaction. The caller has already checked that `userId` may import into `workspaceId`
 * ('document.import').
 */
export async function createDocument({ workspaceId, userId, blocks, urls = [], origin, ...metadata }: NewDocument) {
  const content = blocksToDoc(blocks);
  const plainText = projectPlainText(content);
  return getDb().$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          workspaceId,
          createdById: userId,
          ...metadata,
          versions: {
            create: { number: 1, content, plainText, contentHash: contentHash(plainText), origin, createdById: userId },
          },
        },
        select: { id: true, title: true, versions: { select: { id: true } } },
      });
      const links = blocks.flatMap((block) => (block.links ?? []).map((link) => link.url));
      const sourceCount = await linkDocumentSources(tx, { workspaceId, documentId: document.id, userId, urls: [...urls, ...links] });
      const version = { id: document.versions[0]!.id, plainText };
      const citations = await createLinkCitations(tx, { workspaceId, documentId: document.id, userId, version, blocks });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'document.created',
        entityType: 'Document',
        entityId: document.id,
        documentId: document.id,
        after: {
          title: document.title,
          origin,
          blocks: blocks.length,
          sources: sourceCount,
          ...(citations.made ? { citations: citations.made } : {}),
        },
      });
      await enqueueDocumentImported(tx, { workspaceId, document, origin });
      return { id: document.id, title: document.title, citations };
    },
    { timeout: 60_000 },
  );
}
