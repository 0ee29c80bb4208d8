import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { excerpt, parseMentionIds } from '@/lib/comments/mentions';
import { displayName } from '@/lib/users/display-name';
import { notify } from '../notifications/notify';
import { threadLabel, type ThreadAnnotation } from './find-thread-annotation';

/**
 * The members a body mentions, checked on the server: ids that are not members of the workspace
 * are ignored (no row, no notification; their token reads as plain text). On a private note
 * only its author could open the thread, so nobody else counts as mentioned.
 */
export async function resolveMentions(
  tx: DbTransaction,
  { workspaceId, annotation, body }: { workspaceId: string; annotation: ThreadAnnotation; body: string },
) {
  const ids = parseMentionIds(body).filter((id) => annotation.visibility === 'shared' || id === annotation.authorId);
  if (ids.length === 0) return [];
  const members = await tx.membership.findMany({ where: { workspaceId, userId: { in: ids } }, select: { userId: true } });
  const memberIds = new Set(members.map((member) => member.userId));
  return ids.filter((id) => memberIds.has(id));
}

/** “Ana mentioned you on “over 16,500 containers”: the first words…” to each newly mentioned member. */
export async function notifyMentioned(
  tx: DbTransaction,
  {
    workspaceId,
    actorId,
    annotation,
    commentId,
    body,
    userIds,
  }: { workspaceId: string; actorId: string; annotation: ThreadAnnotation; commentId: string; body: string; userIds: string[] },
) {
  if (userIds.length === 0) return;
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { name: true, email: true } });
  await notify(tx, userIds, {
    workspaceId,
    actorId,
    kind: 'mention',
    message: `${displayName(actor)} mentioned you on ${threadLabel(annotation)}: ${excerpt(body)}`,
    documentId: annotation.documentId,
    annotationId: annotation.id,
    claimId: annotation.claim?.id ?? null,
    commentId,
  });
}
