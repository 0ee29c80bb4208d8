import 'server-only';
import { getDb } from '@/lib/db';

/** Deletes finished deliveries (delivered or given up) last changed before `olderThan`; returns how many. */
export async function pruneDeliveries(olderThan: Date): Promise<number> {
  const { count } = await getDb().webhookDelivery.deleteMany({ where: { status: { not: 'pending' }, updatedAt: { lt: olderThan } } });
  return count;
}
