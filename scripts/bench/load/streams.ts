// Every client's live stream (Server-Sent Events of the document it has open, as the document
// page keeps one), opened before the workload and held until it ends. Counts the events that
// arrive, and any stream that fails to open or ends before it is closed.
import { setMaxListeners } from 'node:events';
import type { Pool } from 'undici';
import type { LoadClient } from './workload';

export type LiveStreams = { events: () => number; failures: string[]; close: () => Promise<void> };

export async function openLiveStreams(pool: Pool, clients: LoadClient[], pathOf: (client: LoadClient) => string): Promise<LiveStreams> {
  let events = 0;
  let closing = false;
  const failures: string[] = [];
  const abort = new AbortController();
  setMaxListeners(0, abort.signal); // one signal closes every stream
  const ended: Promise<void>[] = [];
  const open = async (client: LoadClient) => {
    const response = await pool.request({
      method: 'GET',
      path: pathOf(client),
      headers: { cookie: client.cookie, 'x-forwarded-for': client.address, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    if (response.statusCode !== 200) throw new Error(`A live stream answered ${response.statusCode}.`);
    let greeted!: () => void;
    const hello = new Promise<void>((resolve) => (greeted = resolve));
    ended.push(
      (async () => {
        try {
          let buffer = '';
          for await (const chunk of response.body) {
            const messages = (buffer + String(chunk)).split('\n\n');
            buffer = messages.pop()!; // an incomplete message waits for the rest
            for (const message of messages) {
              if (message.includes('event: hello')) greeted();
              if (message.includes('event: change')) events += 1;
            }
          }
          if (!closing) failures.push(`client ${client.index}: the stream ended`);
        } catch (error) {
          if (!closing) failures.push(`client ${client.index}: ${(error as Error).message}`);
        }
      })(),
    );
    await hello;
  };
  for (let index = 0; index < clients.length; index += 10) await Promise.all(clients.slice(index, index + 10).map(open));
  return {
    events: () => events,
    failures,
    close: async () => {
      closing = true;
      abort.abort();
      await Promise.all(ended);
    },
  };
}
