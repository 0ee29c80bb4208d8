// One live client: keeps the workspace's live stream (SSE) open on one app instance for the whole
// run, as the app's pages do — when the stream ends or cannot be opened it reconnects, sending
// the id of the last event it received as Last-Event-ID, so the server replays what it missed.
// Records every change id it received, how often it reconnected, and any `reset` (the server
// could no longer tell what was missed).
import { readSse } from '../../../tests/integration/support/sse-reader';

const RECONNECT_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LiveClient {
  readonly received = new Set<string>();
  duplicates = 0;
  connections = 0;
  failedConnects = 0;
  resets = 0;
  /** The newest event id when the first stream said hello: every later event must arrive. */
  firstCursor: string | null = null;
  lastId: string | null = null;
  private stopped = false;
  private abort = new AbortController();
  private loop: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly cookie: string,
  ) {}

  start() {
    this.loop = this.run();
  }

  async stop() {
    this.stopped = true;
    this.abort.abort();
    await this.loop;
  }

  private async run() {
    while (!this.stopped) {
      try {
        const headers: Record<string, string> = { cookie: this.cookie };
        if (this.lastId) headers['last-event-id'] = this.lastId;
        const response = await fetch(this.url, { headers, signal: this.abort.signal });
        if (!response.ok) {
          this.failedConnects += 1;
          await response.body?.cancel();
          await sleep(RECONNECT_MS);
          continue;
        }
        this.connections += 1;
        const sse = readSse(response, (message) => {
          if (message.event === 'hello' && this.firstCursor === null) {
            this.firstCursor = (message.data as { lastEventId: string }).lastEventId;
            this.lastId = this.firstCursor;
          }
          if (message.event === 'reset') this.resets += 1;
          if (!message.id) return;
          if (message.event === 'change') {
            if (this.received.has(message.id)) this.duplicates += 1;
            this.received.add(message.id);
          }
          this.lastId = message.id;
        });
        await sse.done;
      } catch {
        if (!this.stopped) this.failedConnects += 1;
      }
      if (!this.stopped) await sleep(RECONNECT_MS);
    }
  }
}
