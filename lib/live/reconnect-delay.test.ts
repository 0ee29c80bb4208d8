import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles from one second and stops at thirty', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => reconnectDelay(attempt, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('adds at most a fifth as jitter', () => {
    expect(reconnectDelay(1, () => 0.999)).toBeLessThanOrEqual(1200);
    expect(reconnectDelay(10, () => 1)).toBe(36000);
  });
});
