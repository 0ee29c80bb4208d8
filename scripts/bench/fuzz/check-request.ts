// The fuzzer's properties, checked on one request against the running server:
//  1. an answer within 30 s, never a 5xx;
//  2. a refused write (4xx to anything but GET) changes no row of the database (snapshot.ts);
//  3. no token or a made-up one: 401; a viewer's token writing: 403;
//  4. the other workspace's id in the path: 404 (or a refusal of the body or its size before
//     anything is looked up, or 403 for a role that may not do it at all) — never 2xx or 409.
// Rules 3 and 4 hold for well-formed paths (a malformed segment may route elsewhere) that Node's
// HTTP server let through.
import type { Caller, FuzzRequest } from './requests';
import { changedTables, type Snapshot } from './snapshot';

const ANSWER_TIMEOUT_MS = 30_000;
/** What the other workspace's id may answer: not found, or the request refused before any lookup. */
const FOREIGN_ALLOWED = [400, 404, 413, 415, 422, 429];

export type FuzzContext = {
  baseUrl: string;
  tokens: Record<Caller, string | null>;
  snapshot: () => Promise<Snapshot>;
  statuses: Map<number, number>;
  requests: number;
};

export class PropertyFailure extends Error {}

const short = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);

async function send(context: FuzzContext, request: FuzzRequest) {
  const headers = new Headers();
  const token = context.tokens[request.caller];
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (request.body?.contentType) headers.set('content-type', request.body.contentType);
  context.requests += 1;
  try {
    const response = await fetch(`${context.baseUrl}${request.url}`, {
      method: request.method,
      headers,
      body: request.body && request.method !== 'GET' ? request.body.text : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    const text = await response.text();
    context.statuses.set(response.status, (context.statuses.get(response.status) ?? 0) + 1);
    return { status: response.status, text };
  } catch (error) {
    throw new PropertyFailure(`No answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Sends the request and throws a PropertyFailure when it breaks one of the properties. */
export async function checkRequest(context: FuzzContext, request: FuzzRequest): Promise<void> {
  const isWrite = request.method !== 'GET';
  const before = isWrite ? await context.snapshot() : null;
  const { status, text } = await send(context, request);
  const fail = (why: string) => {
    throw new PropertyFailure(
      `${request.method} ${short(request.url, 200)} as ${request.caller} answered ${status}: ${why}\n${short(text)}`,
    );
  };
  if (status >= 500) fail('a server error');
  if (before && status >= 400) {
    const changed = changedTables(before, await context.snapshot());
    if (changed.length) fail(`refused, yet it changed ${changed.join(', ')}`);
  }
  // Refused by Node's HTTP server before the app saw it (URL or headers past its 16 KB), or routed elsewhere.
  if (status === 414 || status === 431 || request.pathIds.includes('malformed')) return;
  if (request.caller === 'anonymous' && status !== 401) fail('expected 401 without a valid token');
  if (request.caller === 'viewer' && isWrite && status !== 403) fail('expected 403 for a viewer’s write');
  if (request.caller !== 'anonymous' && request.pathIds.includes('foreign')) {
    const allowed = request.caller === 'viewer' ? [...FOREIGN_ALLOWED, 403] : FOREIGN_ALLOWED;
    if (!allowed.includes(status)) fail('the other workspace’s id must answer 404');
  }
}
