import { afterEach, describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';
import { PEER_ADDRESS_HEADER, peerAddressValue } from './peer-address';

const fromPeer = (peer: string, headers: Record<string, string> = {}) =>
  new Headers({ ...headers, [PEER_ADDRESS_HEADER]: peerAddressValue(peer) });

afterEach(() => {
  delete process.env.MARGIN_TRUSTED_PROXIES;
});

describe('clientIp', () => {
  it('is the recorded socket address, not what X-Forwarded-For or X-Real-IP claim', () => {
    expect(clientIp(fromPeer('203.0.113.7', { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' }))).toBe('203.0.113.7');
  });

  it('reads X-Forwarded-For when the socket peer is a trusted proxy', () => {
    process.env.MARGIN_TRUSTED_PROXIES = '127.0.0.1';
    expect(clientIp(fromPeer('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIp(fromPeer('198.51.100.2', { 'x-forwarded-for': '203.0.113.7' }))).toBe('198.51.100.2');
  });

  it('does not believe a peer header the recorder did not write', () => {
    peerAddressValue('0.0.0.0'); // the process's token exists
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: 'guessed-token 198.51.100.2' }))).toBe('unknown');
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: '198.51.100.2' }))).toBe('unknown');
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('unknown');
  });
});
