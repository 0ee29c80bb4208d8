// The open streams of this app process, and who among them receives each event.
import 'server-only';
import { shouldDeliver, type LiveSubscription } from '@/lib/live/deliver';
import type { TLiveEvent, TPresencePerson } from '@/lib/live/events';
import { logger } from '@/lib/server/ops/logger';

export type LiveSubscriber = {
  connectionId: string;
  subscription: LiveSubscription;
  onEvent: (event: TLiveEvent) => void;
  onPresence: (people: TPresencePerson[]) => void;
  /** The listener was disconnected for a while: catch up from the table. */
  onResync: () => void;
  /** This instance is stopping: tell the browser to reconnect (elsewhere) and close; resolves once closed. */
  onShutdown?: () => Promise<void>;
};

export class LiveHub {
  private readonly subscribers = new Set<LiveSubscriber>();
  /** Documents whose presence is being read (value: read again when done). */
  private readonly presenceReads = new Map<string, boolean>();

  constructor(private readonly loadPresence: (documentId: string) => Promise<TPresencePerson[]>) {}

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Connection ids of this process's open document streams (their presence heartbeat). */
  documentConnectionIds(): string[] {
    return [...this.subscribers]
      .filter((subscriber) => subscriber.subscription.documentId !== null)
      .map((subscriber) => subscriber.connectionId);
  }

  publish(event: TLiveEvent): void {
    for (const subscriber of this.subscribers) {
      if (shouldDeliver(event, subscriber.subscription)) subscriber.onEvent(event);
    }
  }

  /** This instance is stopping: every stream tells its browser to reconnect, and closes. */
  async shutdown(): Promise<void> {
    await Promise.allSettled([...this.subscribers].map((subscriber) => subscriber.onShutdown?.()));
  }

  resync(): void {
    for (const subscriber of this.subscribers) subscriber.onResync();
    for (const documentId of new Set([...this.subscribers].map((subscriber) => subscriber.subscription.documentId))) {
      if (documentId) this.publishPresence(documentId);
    }
  }

  /** Reads the document's presence once for all its subscribers here; changes during a read read again. */
  publishPresence(documentId: string): void {
    if (this.presenceReads.has(documentId)) {
      this.presenceReads.set(documentId, true);
      return;
    }
    if (![...this.subscribers].some((subscriber) => subscriber.subscription.documentId === documentId)) return;
    this.presenceReads.set(documentId, false);
    this.loadPresence(documentId)
      .then((people) => {
        for (const subscriber of this.subscribers) {
          if (subscriber.subscription.documentId === documentId) subscriber.onPresence(people);
        }
      })
      .catch((error: unknown) => logger('live').error({ err: error }, 'reading presence failed'))
      .finally(() => {
        const again = this.presenceReads.get(documentId);
        this.presenceReads.delete(documentId);
        if (again) this.publishPresence(documentId);
      });
  }
}
