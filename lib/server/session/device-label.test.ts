import { describe, expect, it } from 'vitest';
import { boundUserAgent, deviceLabel } from './device-label';

describe('deviceLabel', () => {
  it('names the browser and the system', () => {
    expect(deviceLabel('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox on Linux');
    expect(
      deviceLabel(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iOS');
  });

  it('says "Unknown device" for a missing or meaningless user agent', () => {
    expect(deviceLabel(null)).toBe('Unknown device');
    expect(deviceLabel('   ')).toBe('Unknown device');
    expect(deviceLabel('zzz')).toBe('Unknown device');
  });

  it('bounds what is stored', () => {
    expect(boundUserAgent('x'.repeat(5000))).toHaveLength(512);
    expect(boundUserAgent('')).toBeNull();
  });
});
