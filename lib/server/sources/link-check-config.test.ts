import { afterEach, describe, expect, it, vi } from 'vitest';
import { areLinkChecksDisabled, linkCheckConfig } from './link-check-config';

const NAMES = ['MARGIN_LINK_CHECK_INTERVAL', 'MARGIN_LINK_CHECK_POLL', 'MARGIN_LINK_CHECK_CONCURRENCY'];

afterEach(() => {
  for (const name of NAMES) delete process.env[name];
  vi.restoreAllMocks();
});

describe('linkCheckConfig', () => {
  it('checks each source daily, looks for due ones every minute, two pages at a time, by default', () => {
    expect(linkCheckConfig()).toMatchObject({ intervalMs: 86_400_000, pollMs: 60_000, concurrency: 2 });
  });

  it('reads durations and a concurrency from the environment, and says when a value is not one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    Object.assign(process.env, { MARGIN_LINK_CHECK_INTERVAL: '6h', MARGIN_LINK_CHECK_POLL: '30', MARGIN_LINK_CHECK_CONCURRENCY: '4' });
    expect(linkCheckConfig()).toMatchObject({ intervalMs: 6 * 3_600_000, pollMs: 30_000, concurrency: 4 });
    process.env.MARGIN_LINK_CHECK_INTERVAL = 'weekly';
    expect(linkCheckConfig().intervalMs).toBe(86_400_000);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('MARGIN_LINK_CHECK_INTERVAL="weekly"'));
  });
});

describe('areLinkChecksDisabled', () => {
  it('is off only when asked', () => {
    expect(areLinkChecksDisabled({})).toBe(false);
    expect(areLinkChecksDisabled({ MARGIN_LINK_CHECKS: 'on' })).toBe(false);
    for (const value of ['off', 'OFF', 'false', '0', 'no']) expect(areLinkChecksDisabled({ MARGIN_LINK_CHECKS: value })).toBe(true);
  });
});
