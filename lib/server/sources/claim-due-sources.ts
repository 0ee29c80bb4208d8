import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Takes up to `limit` sources whose next check is due (or was never planned) for this instance:
 * their nextCheckAt moves a lease ahead in the same statement. `FOR NO KEY UPDATE SKIP LOCKED`
 * makes concurrent instances take distinct rows without waiting for each other (and, unlike
 * FOR UPDATE, does not block evidence being added meanwhile). A check that dies is retried when
 * its lease runs out. `workspaceId` narrows it (tests).
 */
export async function claimDueSources({
  limit,
  leaseMs,
  workspaceId = null,
}: {
  limit: number;
  leaseMs: number;
  workspaceId?: string | null;
}) {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    WITH due AS (
      SELECT id FROM "Source"
      WHERE ("nextCheckAt" IS NULL OR "nextCheckAt" <= now())
        AND (${workspaceId}::text IS NULL OR "workspaceId" = ${workspaceId})
      ORDER BY "nextCheckAt" ASC NULLS FIRST
      LIMIT ${limit}
      FOR NO KEY UPDATE SKIP LOCKED
    )
    UPDATE "Source" AS source
    SET "nextCheckAt" = now() + ${leaseMs} * interval '1 millisecond', version = source.version + 1
    FROM due WHERE source.id = due.id
    RETURNING source.id`;
  return rows.map((row) => row.id);
}
