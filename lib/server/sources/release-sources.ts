import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Gives back sources this instance took for a check it will not make (it is stopping): they are
 * due again now, so the next instance that polls takes them.
 */
export async function releaseSources(sourceIds: string[]): Promise<number> {
  if (sourceIds.length === 0) return 0;
  return getDb().$executeRaw`
    UPDATE "Source" SET "nextCheckAt" = now(), version = version + 1
    WHERE id = ANY(${sourceIds}::text[]) AND "nextCheckAt" > now()`;
}
