import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordActivity } from '../activity/record-activity';

/**
 * Takes back the dismissal of a suggestion in a document of the workspace, so it is suggested
 * again. Restoring one that is not dismissed (an Undo clicked twice) changes nothing.
 */
export async function restoreSuggestion({
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
    const { count } = await tx.suggestionDismissal.deleteMany({ where: { documentId, kind, exact } });
    if (count > 0) {
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: 'suggestion.restored',
        entityType: 'Document',
        entityId: documentId,
        documentId,
        before: { kind, exact },
      });
    }
    return { restored: count > 0 };
  });
}
