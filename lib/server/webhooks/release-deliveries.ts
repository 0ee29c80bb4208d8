import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Gives back deliveries this instance took but will not attempt (it is stopping): their lease ends
 * now, so the next instance that polls takes them. Only those still pending and still leased.
 */
export async function releaseDeliveries(deliveryIds: string[]): Promise<number> {
  if (deliveryIds.length === 0) return 0;
  const { count } = await getDb().webhookDelivery.updateMany({
    where: { id: { in: deliveryIds }, status: 'pending', nextAttemptAt: { gt: new Date() } },
    data: { nextAttemptAt: new Date() },
  });
  return count;
}
