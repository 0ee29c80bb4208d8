import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '../activity/record-activity';

/** Hides a suggestion in this document, now and in later versions (it is known by its words). */
export async function dismissSuggestion({
  workspaceId,
  userId,
  documentId,
  kind,
  exact,
}: {
  workspaceId: string;
  userId: string;
  documentId: string;
  kind: 'figure' | 'claim';
  exact: string;
}) {
  return getDb().$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } });
    if (!document) throw notFound('This document');
    await tx.suggestionDismissal.upsert({
      where: { documentId_kind_exact: { documentId, kind, exact } },
      create: { documentId, kind, exact, dismissedById: userId },
      update: {},
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'suggestion.dismissed',
      entityType: 'Document',
      entityId: documentId,
      documentId,
      after: { kind, exact },
    });
  });
}
