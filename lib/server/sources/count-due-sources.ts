import 'server-only';
import { getDb } from '@/lib/db';

/** Sources due a link check and not taken, across all instances (the job's queue depth). */
export async function countDueSources(): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Source" WHERE "nextCheckAt" IS NULL OR "nextCheckAt" <= now()`;
  return row?.n ?? 0;
}
