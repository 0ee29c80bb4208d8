import 'server-only';
import { getDb } from '@/lib/db';
import type { VersionOrigin } from '@/lib/generated/prisma/enums';
import { AppError, staleError } from '@/lib/errors';
import type { TMappedAnchor } from '@/lib/schemas/documents';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { flagChangedWords } from '@/lib/server/claims/flag-changed-words';
import { reanchorAnnotations } from '@/lib/server/annotations/reanchor-annotations';
import type { ImportedBlock } from '@/lib/import/types';
import { createLinkCitations } from '@/lib/server/annotations/create-link-citations';
import { linkDocumentSources } from '@/lib/server/sources/link-document-sources';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';
import { blocksToDoc, projectPlainText } from '@/lib/text-model';
import { contentHash } from '@/lib/server/documents/content-hash';

/**
 * Adds a version to a document: never overwrites one. `baseVersionId` (for edits) must be the
 * latest version, so two people saving at once do not silently drop each other's corrections.
 */
export async function createVersion({
  workspaceId,
  userId,
  documentId,
  blocks,
  origin,
  summary = null,
  baseVersionId,
  urls = [],
  mappedAnchors = [],
}: {
  workspaceId: string;
  userId: string;
  documentId: string;
  /** The text; links on its words (re-imports) become citation annotations. */
  blocks: ImportedBlock[];
  origin: VersionOrigin;
  summary?: string | null;
  baseVersionId?: string;
  urls?: string[];
  /** From the editor: where its position mapping put the annotations it showed. */
  mappedAnchors?: TMappedAnchor[];
}) {
  const cleanBlocks = blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() })).filter((block) => block.text);
  if (cleanBlocks.length === 0) throw new AppError('invalid', 'A version needs some text.');
  const content = blocksToDoc(cleanBlocks);
  const plainText = projectPlainText(content);
  const hash = contentHash(plainText);
  const editedText = projectPlainText(blocksToDoc(blocks));

  return getDb().$transaction(
    async (tx) => {
      // Lock the document row: version numbers are handed out one at a time.
      await lockForWrite(tx, { table: 'Document', id: documentId, workspaceId, what: 'This document' });
      const latest = await tx.documentVersion.findFirstOrThrow({
        where: { documentId },
        orderBy: { number: 'desc' },
        select: { id: true, number: true, contentHash: true, plainText: true },
      });
      if (baseVersionId && baseVersionId !== latest.id) {
        throw staleError(
          `Someone saved version ${latest.number} while you were editing. Reload to see it, then make your correction again.`,
        );
      }
      if (latest.contentHash === hash)
        throw new AppError('invalid', 'Nothing changed: the text is the same as version ' + latest.number + '.');
      const version = await tx.documentVersion.create({
        data: { documentId, number: latest.number + 1, content, plainText, contentHash: hash, origin, summary, createdById: userId },
        select: { id: true, number: true },
      });
      const { visible: annotations, shared } = await reanchorAnnotations(tx, {
        userId,
        previous: latest,
        next: { id: version.id, plainText },
        mapped: mappedAnchors,
        editedText,
      });
      await flagChangedWords(tx, { workspaceId, userId, documentId, version: { ...version, plainText } });
      const links = blocks.flatMap((block) => (block.links ?? []).map((link) => link.url));
      await linkDocumentSources(tx, { workspaceId, documentId, userId, urls: [...urls, ...links] });
      // Link offsets refer to the blocks as given: only when tidying left the text as it was.
      const citations =
        editedText === plainText
          ? await createLinkCitations(tx, { workspaceId, documentId, userId, version: { ...version, plainText }, blocks })
          : { made: 0, leftOut: 0 };
      await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date() } });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'document.version_created',
        entityType: 'DocumentVersion',
        entityId: version.id,
        documentId,
        before: { number: latest.number },
        after: { number: version.number, origin, summary, annotations: shared, ...(citations.made ? { citations: citations.made } : {}) },
      });
      return { ...version, annotations, citations };
    },
    { timeout: 60_000 },
  );
}
