'use server';

import { workspaceAction } from '@/lib/action';
import { importPlainText } from '@/lib/import';
import { ZPasteImport, ZUrlImport } from '@/lib/schemas/documents';
import { fetchArticle } from '@/lib/server/documents/fetch-article';
import { importDocument } from '@/lib/server/documents/import-document';

export const importPastedTextAction = workspaceAction('document.import', ZPasteImport, async ({ user, membership, input }) => {
  const imported = importPlainText(input.text);
  return importDocument({ workspaceId: membership.workspace.id, userId: user.id, imported, origin: 'paste', title: input.title });
});

export const importUrlAction = workspaceAction('document.import', ZUrlImport, async ({ user, membership, input }) => {
  const { originUrl, ...imported } = await fetchArticle(input.url);
  return importDocument({ workspaceId: membership.workspace.id, userId: user.id, imported, origin: 'url', originUrl });
});
