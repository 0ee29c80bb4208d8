import 'server-only';
import { getDb } from '@/lib/db';
import type { VersionOrigin } from '@/lib/generated/prisma/enums';
import { blocksToDoc, contentHash, projectPlainText, type Block } from '@/lib/text-model';

export type NewDocument = {
  workspaceId: string;
  userId: string;
  title: string;
  byline?: string | null;
  originUrl?: string | null;
  publishedAt?: Date | null;
  blocks: Block[];
  origin: VersionOrigin;
};

/**
 * Creates a document and its first version in one transaction. The caller has already checked
 * that `userId` may import into `workspaceId` (getMembershipOrThrow with 'document.import').
 */
export async function createDocument({ workspaceId, userId, blocks, origin, ...metadata }: NewDocument) {
  const content = blocksToDoc(blocks);
  const plainText = projectPlainText(content);
  return getDb().$transaction(async (tx) => {
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
    await tx.activity.create({
      data: {
        workspaceId,
        actorId: userId,
        action: 'document.created',
        entityType: 'Document',
        entityId: document.id,
        documentId: document.id,
        after: { title: document.title, origin },
      },
    });
    return document;
  });
}
