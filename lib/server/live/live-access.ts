// Access checks of the live routes, beyond the workspace membership lib/route.ts checks.
import 'server-only';
import { getDb } from '@/lib/db';
import type { LiveSubscription } from '@/lib/live/deliver';
import { notFound } from '@/lib/errors';

/** Is the subscriber still a member (checked again whenever their membership changes)? */
export async function isWorkspaceMember({
  userId,
  workspaceId,
}: Pick<LiveSubscription, 'userId'> & { workspaceId: string }): Promise<boolean> {
  return (await getDb().membership.count({ where: { userId, workspaceId } })) === 1;
}

/** The document must be the workspace's; anything else is "not found". */
export async function assertDocumentInWorkspace({ workspaceId, documentId }: { workspaceId: string; documentId: string }) {
  if (documentId.length === 0 || documentId.length > 64) throw notFound('This document');
  const document = await getDb().document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } });
  if (!document) throw notFound('This document');
}
