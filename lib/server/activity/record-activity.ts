import 'server-only';
import type { ActivityAction } from '@/lib/activity/actions';
import type { DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export type ActivityEntry = {
  workspaceId: string;
  actorId: string | null;
  /** One of the actions Margin records, each with its phrase for the interface. */
  action: ActivityAction;
  entityType: string;
  entityId: string;
  documentId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends to the audit trail, inside the transaction that made the change. Never updated or deleted. */
export function recordActivity(tx: DbTransaction, entry: ActivityEntry) {
  return tx.activity.create({ data: entry });
}
