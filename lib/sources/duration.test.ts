import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration(' 7D ')).toBe(604_800_000);
    expect(parseDuration('0.5s')).toBe(500);
  });

  it('refuses what is not a positive duration', () => {
    for (const value of [undefined, null, '', 'soon', '-5m', '0', '10 weeks', '1h30m']) expect(parseDuration(value)).toBeNull();
  });
});
