'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { ZDocumentRef, ZPasteImport, ZUrlImport } from '@/lib/schemas/documents';
import { createVersion } from '@/lib/server/documents/create-version';
import { fetchArticle } from '@/lib/server/documents/fetch-article';
import { getDocumentOrThrow } from '@/lib/server/documents/get-document';
import { importDocument } from '@/lib/server/documents/import-document';
import { readPastedText } from '@/lib/server/work/heavy-jobs';

export const importPastedTextAction = workspaceAction('document.import', ZPasteImport, async ({ user, membership, input }) => {
  const imported = await readPastedText(input.text);
  return importDocument({ workspaceId: membership.workspace.id, userId: user.id, imported, origin: 'paste', title: input.title });
});

export const importUrlAction = workspaceAction('document.import', ZUrlImport, async ({ user, membership, input }) => {
  const { originUrl, ...imported } = await fetchArticle(input.url);
  return importDocument({ workspaceId: membership.workspace.id, userId: user.id, imported, origin: 'url', originUrl });
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
