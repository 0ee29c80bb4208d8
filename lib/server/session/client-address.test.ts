import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from './client-address';

const resolve = (peer: string | null, forwardedFor: string | null, setting = '') =>
  resolveClientAddress({ peer, forwardedFor, trusted: parseTrustedProxies(setting) });

describe('resolveClientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(resolve('203.0.113.7', '6.6.6.6')).toBe('203.0.113.7');
    expect(resolve('203.0.113.7', null)).toBe('203.0.113.7');
    expect(resolve('::ffff:203.0.113.7', '6.6.6.6, 7.7.7.7')).toBe('203.0.113.7');
  });

  it('is the peer when the peer is not one of the trusted proxies', () => {
    expect(resolve('198.51.100.9', '6.6.6.6', '10.0.0.0/8')).toBe('198.51.100.9');
  });

  it('walks X-Forwarded-For from the right past trusted proxies, to the first address that is not one', () => {
    const trusted = '10.0.0.0/8, 192.0.2.7';
    expect(resolve('10.0.0.2', '203.0.113.7', trusted)).toBe('203.0.113.7');
    // The client prepended a fake entry: the proxies appended the real one to its right.
    expect(resolve('10.0.0.2', '6.6.6.6, 203.0.113.7, 192.0.2.7', trusted)).toBe('203.0.113.7');
    expect(resolve('::ffff:10.0.0.2', '6.6.6.6, 203.0.113.7', trusted)).toBe('203.0.113.7');
  });

  it('stops at the last known address when an entry is not an address, or when every hop is trusted', () => {
    const trusted = '10.0.0.0/8';
    expect(resolve('10.0.0.2', 'not-an-address, 10.0.0.3', trusted)).toBe('10.0.0.3');
    expect(resolve('10.0.0.2', '203.0.113.7:4711', trusted)).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', '10.0.0.5, 10.0.0.3', trusted)).toBe('10.0.0.5');
    expect(resolve('10.0.0.2', null, trusted)).toBe('10.0.0.2');
    expect(resolve('10.0.0.2', ' , ', trusted)).toBe('10.0.0.2');
  });

  it('handles IPv6 proxies and clients', () => {
    expect(resolve('fd00::1', '2001:db8::42', 'fd00::/8')).toBe('2001:db8::42');
    expect(resolve('fd00::1', '[2001:db8::42]', 'fd00::/8')).toBe('2001:db8::42');
    expect(resolve('::1', '203.0.113.7', '::1')).toBe('203.0.113.7');
  });

  it('is "unknown" without a peer address', () => {
    expect(resolve(null, '203.0.113.7', '0.0.0.0/0')).toBe('unknown');
    expect(resolve('garbage', null)).toBe('unknown');
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and ranges, IPv4-mapped ones as IPv4', () => {
    const trusted = parseTrustedProxies(' 10.0.0.0/8 ,192.0.2.7,fd00::/8,::ffff:172.16.0.0/108, ');
    expect(trusted.map(([range, bits]) => `${range.toString()}/${bits}`)).toEqual([
      '10.0.0.0/8',
      '192.0.2.7/32',
      'fd00::/8',
      '172.16.0.0/12',
    ]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
  });

  it('refuses an entry that is neither, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.internal')).toThrow(
      'MARGIN_TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range.',
    );
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33"');
  });
});
