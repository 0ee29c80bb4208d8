'use server';

import { workspaceAction, workspaceQuery } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { ZCreateAnnotation, ZDeleteAnnotation, ZDismissSuggestion, ZReattachAnnotation } from '@/lib/schemas/annotations';
import { ZDocumentMetadata, ZDocumentRef, ZSaveVersion } from '@/lib/schemas/documents';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { reattachAnnotation } from '@/lib/server/annotations/reattach-annotation';
import { createVersion } from '@/lib/server/documents/create-version';
import { fetchArticle } from '@/lib/server/documents/fetch-article';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { updateDocumentMetadata } from '@/lib/server/documents/update-document-metadata';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';
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

export const updateDocumentMetadataAction = workspaceAction('document.edit', ZDocumentMetadata.extend(ZDocumentRef.shape), async ({ user, membership, input }) => {
  return updateDocumentMetadata({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const reimportFromUrlAction = workspaceAction('document.import', ZDocumentRef, async ({ user, membership, input }) => {
  const document = await getDocumentOrThrow({ userId: user.id, workspaceId: membership.workspace.id, documentId: input.documentId });
  if (!document.originUrl) throw new AppError('invalid', 'This document has no origin URL to import again from.');
  const { blocks, urls } = await fetchArticle(document.originUrl);
  return createVersion({
    workspaceId: membership.workspace.id,
    userId: user.id,
    documentId: document.id,
    blocks,
    urls,
    origin: 'reimport',
    summary: `Imported again from ${new URL(document.originUrl).hostname}`,
  });
});

export const createAnnotationAction = workspaceAction('annotation.create', ZCreateAnnotation, async ({ user, membership, input }) =>
  createAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const reattachAnnotationAction = workspaceAction('annotation.create', ZReattachAnnotation, async ({ user, membership, input }) =>
  reattachAnnotation({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);

export const deleteAnnotationAction = workspaceAction('annotation.create', ZDeleteAnnotation, async ({ user, membership, input }) =>
  deleteAnnotation({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, ...input }),
);

export const listSuggestionsAction = workspaceQuery('annotation.create', ZDocumentRef, async ({ membership, input }) =>
  listSuggestions({ workspaceId: membership.workspace.id, documentId: input.documentId }),
);

export const dismissSuggestionAction = workspaceAction('annotation.create', ZDismissSuggestion, async ({ user, membership, input }) =>
  dismissSuggestion({ workspaceId: membership.workspace.id, userId: user.id, ...input }),
);
