'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZArchiveDocument, ZDocumentMetadata, ZDocumentRef, ZSaveVersion } from '@/lib/schemas/documents';
import { archiveDocument } from '@/lib/server/documents/archive-document';
import { createVersion } from '@/lib/server/documents/create-version';
import { updateDocumentMetadata } from '@/lib/server/documents/update-document-metadata';
import { docToBlocks, type TiptapDoc } from '@/lib/text-model';

export const saveVersionAction = workspaceAction('document.edit', ZSaveVersion, async ({ user, membership, input }) =>
  createVersion({
    workspaceId: membership.workspace.id,
    userId: user.id,
    documentId: input.documentId,
    baseVersionId: input.baseVersionId,
    blocks: docToBlocks(input.content as TiptapDoc),
    origin: 'edit',
    summary: input.summary,
    mappedAnchors: input.anchors,
  }),
);

export const updateDocumentMetadataAction = workspaceAction(
  'document.edit',
  ZDocumentMetadata.extend(ZDocumentRef.shape),
  async ({ user, membership, input }) => {
    return updateDocumentMetadata({ workspaceId: membership.workspace.id, userId: user.id, ...input });
  },
);

/** Archives a document (archived: "true") or brings it back ("false"). */
export const archiveDocumentAction = workspaceAction('document.edit', ZArchiveDocument, async ({ user, membership, input }) =>
  archiveDocument({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
