import 'server-only';
import type { ActivityAction } from '@/lib/activity/actions';
import { activityVisibleTo, type ActivitySubject, type AnnotationActivityAction } from '@/lib/activity/visibility';
import type { DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type Entry = {
  workspaceId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  documentId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * One change for the audit trail. `action` is one of the actions Margin records, each with its
 * phrase for the interface. An entry about an annotation or its discussion names that annotation
 * (`tsc` insists): a private one's entries are then for its author alone.
 */
export type ActivityEntry = Entry &
  (
    | { action: AnnotationActivityAction; annotation: ActivitySubject }
    | { action: Exclude<ActivityAction, AnnotationActivityAction>; annotation?: never }
  );

/** The row an entry becomes: who may see it is decided here, for every writer. */
function activityRow({ annotation, ...entry }: ActivityEntry): Prisma.ActivityUncheckedCreateInput {
  return { ...entry, visibleToId: activityVisibleTo(annotation, entry.actorId) };
}

/** Appends to the audit trail, inside the transaction that made the change. Never updated or deleted. */
export function recordActivity(tx: DbTransaction, entry: ActivityEntry) {
  return tx.activity.create({ data: activityRow(entry) });
}

/** Appends many entries at once (an import), the same way. */
export function recordActivities(tx: DbTransaction, entries: ActivityEntry[]) {
  return tx.activity.createMany({ data: entries.map(activityRow) });
}
