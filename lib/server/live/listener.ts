// One dedicated PostgreSQL connection per app process that LISTENs on the live channels.
// NOTIFY reaches every listening connection at commit, so every app instance hears every change.
// When the connection drops it reconnects with backoff, then says so (onReconnect) so that the
// streams catch up from the LiveEvent table on what was announced while nobody listened.
import 'server-only';
import pg from 'pg';
import { logger } from '@/lib/server/ops/logger';

export const LIVE_CHANNEL = 'margin_live';
export const PRESENCE_CHANNEL = 'margin_presence';

export type LiveListenerOptions = {
  connectionString: string;
  onNotification: (channel: string, payload: string) => void;
  onReconnect: () => void;
  /** First delay after a drop; doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
};

export class LiveListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private connectedOnce = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private ready: Promise<void> | null = null;
  private hold: Promise<void> | null = null;

  constructor(private readonly options: LiveListenerOptions) {}

  /** Resolves once the first LISTEN is in place (later drops reconnect on their own). */
  start(): Promise<void> {
    this.ready ??= new Promise((resolve) => this.connect(resolve));
    return this.ready;
  }

  get isConnected(): boolean {
    return this.client !== null;
  }

  /** Connected once, and not now: the database went away (lib/server/ops/database-state.ts). */
  get isLost(): boolean {
    return this.connectedOnce && this.client === null && !this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  /**
   * For tests: drops the connection as a network failure would, and holds the reconnect until
   * the returned function is called (so that changes can be made while nobody listens).
   */
  dropConnectionForTest(): () => void {
    let release!: () => void;
    this.hold = new Promise((resolve) => (release = resolve));
    this.client?.emit('error', new Error('dropped for a test'));
    return () => {
      this.hold = null;
      release();
    };
  }

  private connect(onFirstConnect: () => void): void {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'margin-live' });
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      client.end().catch(() => {});
      this.scheduleReconnect(onFirstConnect);
    };
    client.on('error', fail);
    client.on('end', fail);
    client.on('notification', ({ channel, payload }) => this.options.onNotification(channel, payload ?? ''));
    client
      .connect()
      .then(() => client.query(`LISTEN ${LIVE_CHANNEL}; LISTEN ${PRESENCE_CHANNEL}`))
      .then(() => {
        if (failed) return;
        if (this.stopped) {
          client.end().catch(() => {});
          return;
        }
        this.client = client;
        this.attempt = 0;
        if (this.connectedOnce) this.options.onReconnect();
        this.connectedOnce = true;
        onFirstConnect();
      })
      .catch(fail);
  }

  private scheduleReconnect(onFirstConnect: () => void): void {
    if (this.stopped) return;
    const min = this.options.minDelayMs ?? 250;
    const max = this.options.maxDelayMs ?? 10_000;
    const delay = Math.min(max, min * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt += 1;
    if (this.attempt === 1 || this.attempt % 10 === 0)
      logger('live').warn({ attempt: this.attempt }, 'listener connection lost, reconnecting');
    this.retryTimer = setTimeout(() => {
      if (this.hold) void this.hold.then(() => this.connect(onFirstConnect));
      else this.connect(onFirstConnect);
    }, delay);
    this.retryTimer.unref();
  }
}
