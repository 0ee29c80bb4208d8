import 'server-only';
import { getDb } from '@/lib/db';
import type { VersionOrigin } from '@/lib/generated/prisma/enums';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { enqueueDocumentImported } from '@/lib/server/webhooks/workspace-events';
import { linkDocumentSources } from '@/lib/server/sources/link-document-sources';
import { blocksToDoc, contentHash, projectPlainText, type Block } from '@/lib/text-model';

export type NewDocument = {
  workspaceId: string;
  userId: string;
  title: string;
  byline?: string | null;
  originUrl?: string | null;
  publishedAt?: Date | null;
  blocks: Block[];
  /** Cited URLs: they become the workspace's sources, linked to this document. */
  urls?: string[];
  origin: VersionOrigin;
};

/**
 * Creates a document, its first version and its sources in one transaction. The caller has
 * already checked that `userId` may import into `workspaceId` ('document.import').
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
        select: { id: true, title: true },
      });
      const sourceCount = await linkDocumentSources(tx, { workspaceId, documentId: document.id, userId, urls });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'document.created',
        entityType: 'Document',
        entityId: document.id,
        documentId: document.id,
        after: { title: document.title, origin, blocks: blocks.length, sources: sourceCount },
      });
      await enqueueDocumentImported(tx, { workspaceId, document, origin });
      return document;
    },
    { timeout: 60_000 },
  );
}
