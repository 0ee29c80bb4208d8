// Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).

/** One message: `id:` (optional), `event:`, and the data as one JSON line. */
export function formatSseMessage({ event, data, id }: { event: string; data: unknown; id?: string }): string {
  const idLine = id === undefined ? '' : `id: ${id}\n`;
  return `${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, keeps proxies from closing an idle connection. */
export const SSE_PING = ': ping\n\n';

/**
 * This instance is stopping: reconnect in about a second (`retry`, for any EventSource; the app's
 * own client reconnects at once on `shutdown`), to another instance behind a load balancer.
 */
export const SSE_SHUTDOWN = 'retry: 1000\nevent: shutdown\ndata: {}\n\n';
