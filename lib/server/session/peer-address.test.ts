import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER, readPeerAddress, recordPeerAddresses } from './peer-address';

/** What a handler of a real Node HTTP server reads as the peer, for a request sent with `headers`. */
async function peerSeenBy(headers: Record<string, string>) {
  const server = http.createServer((request, response) => {
    const seen = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') seen.set(name, value);
    const raw = request.rawHeaders.filter((_, index) => index % 2 === 1);
    response.end(JSON.stringify({ peer: readPeerAddress(seen), rawValues: raw }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return (await response.json()) as { peer: string | null; rawValues: string[] };
  } finally {
    server.close();
  }
}

describe('recordPeerAddresses', () => {
  it("writes each request's socket address, replacing a header the client forged", async () => {
    recordPeerAddresses();
    recordPeerAddresses(); // once per process, however often it is called
    const seen = await peerSeenBy({ [PEER_ADDRESS_HEADER]: 'x 203.0.113.7', 'x-forwarded-for': '203.0.113.7' });
    expect(seen.peer).toBe('127.0.0.1');
    expect(seen.rawValues).not.toContain('x 203.0.113.7');
    expect((await peerSeenBy({})).peer).toBe('127.0.0.1');
  });
});
