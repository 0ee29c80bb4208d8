import { describe, expect, it } from 'vitest';
import { signInLimits } from '@/lib/server/rate-limit/auth-limits';
import { assertWithinLimits, countAttempt, type Limit } from '@/lib/server/rate-limit/rate-limit';
import { uniqueId } from './support/factories';

const limit = (max: number): Limit => ({ key: `test:${uniqueId()}`, max, windowMs: 15 * 60_000, message: 'Too many tries.' });

describe('rate limits (state in PostgreSQL)', () => {
  it('allows max attempts per window, then refuses with the time to wait', async () => {
    const three = limit(3);
    const now = new Date('2026-01-01T10:01:00Z');
    for (let attempt = 0; attempt < 3; attempt++) {
      await assertWithinLimits([three], now);
      await countAttempt([three], now);
    }
    await expect(assertWithinLimits([three], now)).rejects.toMatchObject({
      code: 'rate_limited',
      message: 'Too many tries. Try again in 14 minutes.',
    });
    // The window before still counts in the next one; two windows on, it is free again.
    await expect(assertWithinLimits([three], new Date('2026-01-01T10:15:00Z'))).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(assertWithinLimits([three], new Date('2026-01-01T10:30:00Z'))).resolves.toBeUndefined();
  });

  it('does not start a burst afresh when it crosses the edge of a window', async () => {
    const three = limit(3);
    await countAttempt([three], new Date('2026-01-01T10:14:50Z'));
    await countAttempt([three], new Date('2026-01-01T10:14:55Z'));
    await countAttempt([three], new Date('2026-01-01T10:15:05Z'));
    await expect(assertWithinLimits([three], new Date('2026-01-01T10:15:10Z'))).rejects.toMatchObject({
      code: 'rate_limited',
      message: 'Too many tries. Try again in 15 minutes.',
    });
  });

  it('counts concurrent attempts exactly, as several app instances would make them', async () => {
    const many = limit(1000);
    const now = new Date();
    await Promise.all(Array.from({ length: 25 }, () => countAttempt([many], now)));
    const { getDb } = await import('@/lib/db');
    const bucket = await getDb().rateLimitBucket.findFirstOrThrow({ where: { key: many.key } });
    expect(bucket.count).toBe(25);
  });

  it('limits sign-in attempts per address only (failures per account are slowed down instead)', () => {
    const limit = signInLimits({ ip: '203.0.113.9' });
    expect(limit.key).toBe('signin:ip:203.0.113.9');
    expect(limit.max).toBe(100);
  });
});
