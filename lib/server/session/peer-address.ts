import 'server-only';
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

// Route handlers and server actions see a web Request, not the socket it came on; Next.js puts
// the socket's address in X-Forwarded-For only when the client sent none, so the header cannot
// tell a client's claim from the truth. Node publishes every request the HTTP server parses on
// the `http.server.request.start` diagnostics channel, with its socket, before any handler
// runs: instrumentation.ts subscribes there and writes the socket's remote address into an
// internal header, replacing whatever a client sent under that name. The value carries a token
// made at random in this process, so a header that did not pass through the recorder (a request
// that came before it started, or a client guessing) is not believed.

export const PEER_ADDRESS_HEADER = 'x-margin-peer-address';

const TOKEN = Symbol.for('margin.peer-address.token');
const RECORDING = Symbol.for('margin.peer-address.recording');
type Slots = { [TOKEN]?: string; [RECORDING]?: boolean };
const slots = globalThis as typeof globalThis & Slots;

/** The internal header's value for a request whose socket peer is `address`. */
export function peerAddressValue(address: string): string {
  slots[TOKEN] ??= randomUUID();
  return `${slots[TOKEN]} ${address}`;
}

/** The socket address the recorder wrote for this request, or null when it wrote none. */
export function readPeerAddress(headers: Headers): string | null {
  const token = slots[TOKEN];
  const [given, address] = (headers.get(PEER_ADDRESS_HEADER) ?? '').split(' ');
  return token && given === token && address ? address : null;
}

/** Starts recording each request's socket address (once per process). */
export function recordPeerAddresses() {
  if (slots[RECORDING]) return;
  slots[RECORDING] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const value = socket.remoteAddress ? peerAddressValue(socket.remoteAddress) : '';
    request.headers[PEER_ADDRESS_HEADER] = value;
    // The raw copy too (Node parses `headers` from it, by count: change values, never remove).
    for (let index = 0; index < request.rawHeaders.length - 1; index += 2) {
      if (request.rawHeaders[index]!.toLowerCase() === PEER_ADDRESS_HEADER) request.rawHeaders[index + 1] = value;
    }
  });
}
