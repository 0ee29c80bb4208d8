import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { NotificationKind } from '@/lib/generated/prisma/enums';

export type NotificationDraft = {
  workspaceId: string;
  /** null: Margin itself (the link-health job) */
  actorId: string | null;
  kind: NotificationKind;
  message: string;
  documentId?: string | null;
  annotationId?: string | null;
  claimId?: string | null;
  commentId?: string | null;
  sourceId?: string | null;
};

/** Notifies each recipient once, never the actor about their own doing. */
export async function notify(tx: DbTransaction, recipients: (string | null | undefined)[], draft: NotificationDraft) {
  const userIds = [...new Set(recipients.filter((id): id is string => Boolean(id) && id !== draft.actorId))];
  if (userIds.length === 0) return;
  await tx.notification.createMany({ data: userIds.map((userId) => ({ ...draft, userId })) });
}
