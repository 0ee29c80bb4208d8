import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** The panel lists at most this many, the latest first. */
export const DISMISSED_LIMIT = 200;

/** The suggestions dismissed in a document of the workspace, latest first, with who dismissed them. */
export async function listDismissedSuggestions({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  const db = getDb();
  const document = await db.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } });
  if (!document) throw notFound('This document');
  const rows = await db.suggestionDismissal.findMany({
    where: { documentId },
    orderBy: [{ createdAt: 'desc' }, { exact: 'asc' }],
    take: DISMISSED_LIMIT,
    select: { kind: true, exact: true, createdAt: true, dismissedById: true },
  });
  const people = await db.user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.dismissedById ? [row.dismissedById] : [])) } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  return rows.map(({ dismissedById, ...row }) => ({
    ...row,
    kind: row.kind as 'figure' | 'claim',
    dismissedBy: dismissedById ? (byId.get(dismissedById) ?? null) : null,
  }));
}

export type DismissedSuggestion = Awaited<ReturnType<typeof listDismissedSuggestions>>[number];
