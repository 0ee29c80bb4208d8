import { describe, expect, it } from 'vitest';
import { backoffWaitMs, SIGN_IN_BACKOFF, waitMessage } from './backoff-policy';

describe('backoffWaitMs', () => {
  it('is free for the first failures of a pair, then doubles from 1 s up to 15 minutes', () => {
    const waits = Array.from({ length: 16 }, (_, failures) => backoffWaitMs(failures, SIGN_IN_BACKOFF.pair) / 1000);
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    expect(backoffWaitMs(10_000, SIGN_IN_BACKOFF.pair)).toBe(15 * 60_000);
  });

  it('starts much later for an account as a whole and stays short', () => {
    expect(backoffWaitMs(19, SIGN_IN_BACKOFF.account)).toBe(0);
    expect(backoffWaitMs(20, SIGN_IN_BACKOFF.account)).toBe(1000);
    expect(backoffWaitMs(24, SIGN_IN_BACKOFF.account)).toBe(16_000);
    expect(backoffWaitMs(25, SIGN_IN_BACKOFF.account)).toBe(30_000);
    expect(backoffWaitMs(1_000_000, SIGN_IN_BACKOFF.account)).toBe(30_000);
  });
});

describe('waitMessage', () => {
  it('says how long, in whole seconds (rounded up), then in minutes', () => {
    expect(waitMessage(1)).toBe('Too many failed sign-ins. Wait 1 second before trying again.');
    expect(waitMessage(7_200)).toBe('Too many failed sign-ins. Wait 8 seconds before trying again.');
    expect(waitMessage(119_000)).toBe('Too many failed sign-ins. Wait 119 seconds before trying again.');
    expect(waitMessage(15 * 60_000)).toBe('Too many failed sign-ins. Wait 15 minutes before trying again.');
  });
});
