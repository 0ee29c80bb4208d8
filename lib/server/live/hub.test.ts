import { describe, expect, it } from 'vitest';
import type { TLiveEvent, TPresencePerson } from '@/lib/live/events';
import { LiveHub, type LiveSubscriber } from './hub';

const event = (overrides: Partial<TLiveEvent>): TLiveEvent => ({
  id: '1',
  workspaceId: 'w1',
  documentId: 'd1',
  userId: null,
  entity: 'annotation',
  entityId: 'a1',
  action: 'insert',
  version: 1,
  ...overrides,
});

function subscriber(connectionId: string, documentId: string | null, userId = 'u1') {
  const received = { events: [] as TLiveEvent[], presence: [] as TPresencePerson[][], resyncs: 0 };
  const entry: LiveSubscriber = {
    connectionId,
    subscription: { userId, workspaceId: 'w1', documentId },
    onEvent: (item) => received.events.push(item),
    onPresence: (people) => received.presence.push(people),
    onResync: () => (received.resyncs += 1),
  };
  return { entry, received };
}

/** A presence loader whose reads the test finishes by hand. */
function manualLoader() {
  const pending: { documentId: string; resolve: (people: TPresencePerson[]) => void }[] = [];
  const load = (documentId: string) => new Promise<TPresencePerson[]>((resolve) => pending.push({ documentId, resolve }));
  return { load, pending };
}

const person = (connectionId: string): TPresencePerson => ({
  connectionId,
  userId: 'u1',
  name: 'Ana',
  versionId: null,
  selectionFrom: null,
  selectionTo: null,
});
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('LiveHub', () => {
  it('hands each event to the subscribers the delivery rule allows, until they leave', () => {
    const hub = new LiveHub(async () => []);
    const onDocument = subscriber('c1', 'd1');
    const onOther = subscriber('c2', 'd2');
    const someoneElse = subscriber('c3', null, 'u2');
    const leave = hub.subscribe(onDocument.entry);
    hub.subscribe(onOther.entry);
    hub.subscribe(someoneElse.entry);
    hub.publish(event({ id: '1' }));
    hub.publish(event({ id: '2', userId: 'u1' }));
    expect(onDocument.received.events.map((item) => item.id)).toEqual(['1', '2']);
    expect(onOther.received.events).toEqual([]);
    expect(someoneElse.received.events.map((item) => item.id)).toEqual(['1']);
    expect(hub.documentConnectionIds().sort()).toEqual(['c1', 'c2']);
    leave();
    hub.publish(event({ id: '3' }));
    expect(onDocument.received.events).toHaveLength(2);
    expect(hub.size).toBe(2);
  });

  it("reads a document's presence once for all its subscribers, and once more for changes during a read", async () => {
    const loader = manualLoader();
    const hub = new LiveHub(loader.load);
    const first = subscriber('c1', 'd1');
    const second = subscriber('c2', 'd1');
    const elsewhere = subscriber('c3', 'd2');
    for (const item of [first, second, elsewhere]) hub.subscribe(item.entry);

    hub.publishPresence('d1');
    hub.publishPresence('d1');
    hub.publishPresence('d1');
    expect(loader.pending.map((read) => read.documentId)).toEqual(['d1']);
    loader.pending.shift()!.resolve([person('c1')]);
    await settle();
    expect(first.received.presence).toEqual([[person('c1')]]);
    expect(second.received.presence).toEqual([[person('c1')]]);
    expect(elsewhere.received.presence).toEqual([]);
    // The notices that came during the read: one more read, not two.
    expect(loader.pending.map((read) => read.documentId)).toEqual(['d1']);
    loader.pending.shift()!.resolve([person('c1'), person('c2')]);
    await settle();
    expect(first.received.presence).toHaveLength(2);
    expect(loader.pending).toEqual([]);

    hub.publishPresence('nobody-here');
    expect(loader.pending).toEqual([]);
  });

  it('asks every subscriber to catch up after the listener reconnected, and refreshes presence', () => {
    const loader = manualLoader();
    const hub = new LiveHub(loader.load);
    const onDocument = subscriber('c1', 'd1');
    const onWorkspace = subscriber('c2', null);
    hub.subscribe(onDocument.entry);
    hub.subscribe(onWorkspace.entry);
    hub.resync();
    expect([onDocument.received.resyncs, onWorkspace.received.resyncs]).toEqual([1, 1]);
    expect(loader.pending.map((read) => read.documentId)).toEqual(['d1']);
  });
});
