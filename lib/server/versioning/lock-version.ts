import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { notFound, staleError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/** Tables whose rows carry a `version` for optimistic concurrency. */
type Versioned = 'Document' | 'Tag' | 'Workspace' | 'Membership' | 'Annotation' | 'Evidence' | 'Comment' | 'Claim' | 'Source';

/**
 * Locks a row for the rest of the transaction and refuses (409, nothing changed) when the caller
 * based its write on an older `expected` version. Call it after the workspace-scoped read, so a
 * foreign id is "not found" and never "stale"; the write then sets `version: { increment: 1 }`.
 * Without `expected` (an older client, a delete that names no version) it only locks.
 */
export async function lockVersion(tx: DbTransaction, table: Versioned, id: string, expected: number | undefined, what = 'This item') {
  const rows = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`;
  const current = rows[0];
  if (!current) throw notFound(what);
  if (expected !== undefined && current.version !== expected) throw staleError();
  return current.version;
}
