import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, isDelivered, nextAttemptDelay } from './retry-schedule';

describe('nextAttemptDelay', () => {
  it('backs off exponentially, within ±20 % jitter', () => {
    expect(nextAttemptDelay(1, 0.5)).toBe(5_000);
    expect(nextAttemptDelay(2, 0.5)).toBe(300_000);
    expect(nextAttemptDelay(3, 0)).toBe(1_440_000);
    expect(nextAttemptDelay(3, 0.999_999)).toBeLessThanOrEqual(2_160_000);
  });
  it('gives up after the last attempt', () => {
    expect(nextAttemptDelay(MAX_ATTEMPTS - 1, 0.5)).not.toBeNull();
    expect(nextAttemptDelay(MAX_ATTEMPTS, 0.5)).toBeNull();
    expect(nextAttemptDelay(2, 0.5, 2)).toBeNull();
  });
});

describe('isDelivered', () => {
  it('takes any 2xx and nothing else', () => {
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([null, 199, 301, 404, 500].some(isDelivered)).toBe(false);
  });
});
