import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { notFound, staleError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * How a row of each versioned table belongs to a workspace, as SQL written here and never taken
 * from input: the row is `t`; a row without a workspace of its own is scoped through its parent `p`.
 */
const SCOPES = {
  Annotation: { join: '', workspace: 't."workspaceId"' },
  Claim: { join: '', workspace: 't."workspaceId"' },
  Document: { join: '', workspace: 't."workspaceId"' },
  Membership: { join: '', workspace: 't."workspaceId"' },
  Source: { join: '', workspace: 't."workspaceId"' },
  Tag: { join: '', workspace: 't."workspaceId"' },
  Webhook: { join: '', workspace: 't."workspaceId"' },
  Workspace: { join: '', workspace: 't.id' },
  Comment: { join: 'JOIN "Annotation" p ON p.id = t."annotationId"', workspace: 'p."workspaceId"' },
  Evidence: { join: 'JOIN "Claim" p ON p.id = t."claimId"', workspace: 'p."workspaceId"' },
} as const satisfies Record<string, { join: string; workspace: string }>;

export type LockableTable = keyof typeof SCOPES;

/**
 * The one way a write locks the row it changes: `FOR UPDATE` for the rest of the transaction,
 * only if the row belongs to the workspace (another workspace's row is "not found", never
 * "stale"). With `expected` (the version the caller read), refuses (409 `stale`, nothing changed)
 * when the row has moved on; the write then sets `version: { increment: 1 }`. Without it (an
 * older client, a delete that names no version, a row locked only to serialise) it only locks.
 * Returns the row's current version.
 */
export async function lockForWrite(
  tx: DbTransaction,
  {
    table,
    id,
    workspaceId,
    expected,
    what = 'This item',
    staleMessage,
  }: { table: LockableTable; id: string; workspaceId: string; expected?: number; what?: string; staleMessage?: string },
): Promise<number> {
  const scope = SCOPES[table];
  const rows = await tx.$queryRaw<{ version: number }[]>`
    SELECT t.version FROM ${Prisma.raw(`"${table}"`)} t ${Prisma.raw(scope.join)}
    WHERE t.id = ${id} AND ${Prisma.raw(scope.workspace)} = ${workspaceId}
    FOR UPDATE OF t`;
  const current = rows[0];
  if (!current) throw notFound(what);
  if (expected !== undefined && current.version !== expected) throw staleError(staleMessage);
  return current.version;
}
