import 'server-only';
import type { ActivityAction } from '@/lib/activity/actions';
import { activityVisibleTo, type ActivitySubject, type AnnotationActivityAction } from '@/lib/activity/visibility';
import type { DbTransaction } from '@/lib/db';
import { insertRows, type Value } from '@/lib/server/bulk-insert';
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
  // its id alone: the row is never read back, and Prisma would decode every column of it
  return tx.activity.create({ data: activityRow(entry), select: { id: true } });
}

/**
 * Appends many entries at once (an import), the same way, in one statement that costs the
 * request thread no more than serialising them (lib/server/bulk-insert.ts).
 */
export function recordActivities(tx: DbTransaction, entries: ActivityEntry[]) {
  return insertRows(
    tx,
    'Activity',
    entries.map(activityRow).map((row) => ({
      workspaceId: row.workspaceId,
      actorId: row.actorId ?? null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      documentId: row.documentId ?? null,
      claimId: row.claimId ?? null,
      before: (row.before ?? null) as Value,
      after: (row.after ?? null) as Value,
      visibleToId: row.visibleToId ?? null,
    })),
  );
}
