import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** At most `max` counted attempts per `key` in each fixed window of `windowMs`. */
export type Limit = { key: string; max: number; windowMs: number; message: string };

const windowStart = (limit: Limit, now: Date) => new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs);

/**
 * Throws a 429 with the time to wait when any of the limits is used up. Counts nothing. The
 * attempts of the current window and of the one before count together, so that a burst does not
 * start afresh when it crosses a window's edge: a limit holds over the last one to two windows,
 * and a used-up one frees when the current window ends.
 */
export async function assertWithinLimits(limits: Limit[], now = new Date()) {
  for (const limit of limits) {
    const start = windowStart(limit, now);
    const buckets = await getDb().rateLimitBucket.findMany({
      where: { key: limit.key, windowStart: { in: [start, new Date(start.getTime() - limit.windowMs)] } },
      select: { count: true },
    });
    if (buckets.reduce((sum, bucket) => sum + bucket.count, 0) >= limit.max) {
      const minutes = Math.max(1, Math.ceil((start.getTime() + limit.windowMs - now.getTime()) / 60_000));
      throw new AppError('rate_limited', `${limit.message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    }
  }
}

/** Counts one attempt against each limit (atomically, so concurrent app instances agree). */
export async function countAttempt(limits: Limit[], now = new Date()) {
  const db = getDb();
  for (const limit of limits) {
    const start = windowStart(limit, now);
    await db.rateLimitBucket.upsert({
      where: { key_windowStart: { key: limit.key, windowStart: start } },
      create: { key: limit.key, windowStart: start, count: 1 },
      update: { count: { increment: 1 } },
    });
  }
  // Old windows are never read again.
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}
