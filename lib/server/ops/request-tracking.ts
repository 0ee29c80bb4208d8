import 'server-only';
import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { routeOf } from './app-routes';
import { logger } from './logger';
import { getMetrics } from './metrics';
import { requestContext } from './request-context';
import { trackServer } from './shutdown';

// Every request the app's HTTP server reads passes here, pages, server actions and route handlers
// alike: Node publishes it on the `http.server.request.start` diagnostics channel before any
// handler runs (as lib/server/session/peer-address.ts uses it), and its end on
// `http.server.response.finish`. At the start the request gets its id — the client's
// X-Request-Id when it is a sane token, else a new UUID —, which goes back in the response's
// X-Request-Id header and into the async context every log line reads (request-context.ts). At the
// end its duration is counted by route (never by path: paths hold ids and slugs) and one log line
// says how it went.

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[\w.:@+=-]{1,128}$/;

type Started = { requestId: string; start: bigint };
const started = new WeakMap<IncomingMessage, Started>();

const TRACKING = Symbol.for('margin.request-tracking');
const slots = globalThis as typeof globalThis & { [TRACKING]?: boolean };

/** The id a request is known by: the client's when it is sane, else a new one. */
export function requestIdFor(given: string | string[] | undefined): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

function setRequestHeader(request: IncomingMessage, name: string, value: string) {
  request.headers[name] = value;
  // The raw copy too (Node parses `headers` from it, by count: change values, never remove).
  for (let index = 0; index < request.rawHeaders.length - 1; index += 2) {
    if (request.rawHeaders[index]!.toLowerCase() === name) request.rawHeaders[index + 1] = value;
  }
}

function pathnameOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

/** Starts giving each request an id, a duration metric and a log line (once per process). */
export function startRequestTracking() {
  if (slots[TRACKING]) return;
  slots[TRACKING] = true;
  const log = logger('http');
  subscribe('http.server.request.start', (message) => {
    const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    trackServer(server);
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER]);
    setRequestHeader(request, REQUEST_ID_HEADER, requestId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    started.set(request, { requestId, start: process.hrtime.bigint() });
    // Published synchronously just before the server emits 'request': what Next.js runs for this
    // request continues from here, in this context.
    requestContext.enterWith({ requestId });
  });
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const entry = started.get(request);
    if (!entry) return;
    started.delete(request);
    const seconds = Number(process.hrtime.bigint() - entry.start) / 1e9;
    const route = routeOf(pathnameOf(request.url));
    const method = request.method ?? 'GET';
    const status = response.statusCode;
    getMetrics().httpDuration.observe({ method, route, status: String(status) }, seconds);
    const line = { requestId: entry.requestId, method, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
    if (route.startsWith('/_next/')) log.debug(line, 'request');
    else log.info(line, 'request');
  });
}
