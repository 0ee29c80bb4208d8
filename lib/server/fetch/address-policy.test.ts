import { describe, expect, it } from 'vitest';
import { isAllowlistedHost, isPublicAddress } from './address-policy';

describe('isPublicAddress', () => {
  it('allows public unicast addresses', () => {
    for (const address of ['93.184.216.34', '2606:4700:4700::1111', '8.8.8.8']) expect(isPublicAddress(address), address).toBe(true);
  });

  it('refuses loopback, private, link-local, metadata, CGNAT, multicast and mapped addresses', () => {
    const refused = [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::127.0.0.1',
      '::7f00:1',
      '::a00:1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      '2001:db8::1',
      '100::1',
      '::',
      'not-an-ip',
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });
});

describe('isAllowlistedHost', () => {
  it('reads MARGIN_FETCH_ALLOW_HOSTS', () => {
    expect(isAllowlistedHost('127.0.0.1', {})).toBe(false);
    expect(isAllowlistedHost('127.0.0.1', { MARGIN_FETCH_ALLOW_HOSTS: 'localhost, 127.0.0.1' })).toBe(true);
    expect(isAllowlistedHost('LOCALHOST', { MARGIN_FETCH_ALLOW_HOSTS: 'localhost' })).toBe(true);
    expect(isAllowlistedHost('[::1]', { MARGIN_FETCH_ALLOW_HOSTS: '::1' })).toBe(true);
  });
});
