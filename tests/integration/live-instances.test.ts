// Several app servers on one PostgreSQL: each process has its own listener and hub (here two in
// one test process), and a change written once reaches the subscribers of both. A listener that
// loses its connection catches its streams up from the table once it is back.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import type { TLiveEvent, TPresencePerson } from '@/lib/live/events';
import { createLiveService, getLiveService, type LiveService } from '@/lib/server/live/live-service';
import { hasChange, liveDesk, subscribe, type OpenStream } from './support/live-desk';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());

let GET: Parameters<typeof subscribe>[0];
const services: LiveService[] = [];
const streams: OpenStream[] = [];

beforeAll(async () => {
  ({ GET } = await import('@/app/api/w/[workspace]/live/route'));
});

afterAll(async () => {
  for (const stream of streams) stream.abort.abort();
  await Promise.all([...services, getLiveService()].map((service) => service.stop()));
});

/** A subscriber on `service`'s hub that records what it is given, and lets a test wait for it. */
function record(service: LiveService, subscription: { userId: string; workspaceId: string; documentId: string | null }) {
  const events: TLiveEvent[] = [];
  const presence: TPresencePerson[][] = [];
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((wake) => wake());
  service.hub.subscribe({
    connectionId: `recorder-${services.indexOf(service)}`,
    subscription,
    onEvent: (event) => {
      events.push(event);
      changed();
    },
    onPresence: (people) => {
      presence.push(people);
      changed();
    },
    onResync: () => {},
  });
  const until = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (condition()) {
          waiters.delete(check);
          resolve();
        }
      };
      waiters.add(check);
      check();
    });
  return { events, presence, until };
}

async function startInstance() {
  const service = createLiveService({ connectionString: process.env.DATABASE_URL!, chores: false });
  services.push(service);
  await service.ready;
  return service;
}

describe('live across app instances', () => {
  it('delivers a change written once to the subscribers of both instances, with the same id', async () => {
    const { owner, checker, workspace, document, mark } = await liveDesk();
    const [first, second] = [await startInstance(), await startInstance()];
    expect(first.instanceId).not.toBe(second.instanceId);
    const onFirst = record(first, { userId: owner.id, workspaceId: workspace.id, documentId: document.id });
    const onSecond = record(second, { userId: checker.id, workspaceId: workspace.id, documentId: null });

    const figure = await mark(checker.id, 'over 16,500 containers');
    const isFigure = (event: TLiveEvent) => event.entity === 'annotation' && event.entityId === figure.id;
    await onFirst.until(() => onFirst.events.some(isFigure));
    await onSecond.until(() => onSecond.events.some(isFigure));
    expect(onFirst.events.find(isFigure)).toEqual(onSecond.events.find(isFigure));
    const stored = await getDb().liveEvent.findUniqueOrThrow({ where: { id: BigInt(onFirst.events.find(isFigure)!.id) } });
    expect(stored).toMatchObject({
      workspaceId: workspace.id,
      documentId: document.id,
      userId: null,
      entity: 'annotation',
      entityId: figure.id,
      action: 'insert',
      version: 1,
    });
  });

  it("tells both instances' document subscribers when someone opens the document on either", async () => {
    const { owner, checker, workspace, document } = await liveDesk();
    const [first, second] = [await startInstance(), await startInstance()];
    const onFirst = record(first, { userId: owner.id, workspaceId: workspace.id, documentId: document.id });
    const onSecond = record(second, { userId: checker.id, workspaceId: workspace.id, documentId: document.id });
    await getDb().presence.create({
      data: { id: 'elsewhere-1', workspaceId: workspace.id, documentId: document.id, userId: checker.id, instanceId: second.instanceId },
    });
    const seen = (log: ReturnType<typeof record>) => () =>
      log.presence.some((people) => people.some((person) => person.connectionId === 'elsewhere-1'));
    await onFirst.until(seen(onFirst));
    await onSecond.until(seen(onSecond));
    expect(onFirst.presence.at(-1)).toEqual([
      { connectionId: 'elsewhere-1', userId: checker.id, name: 'Ana Checker', versionId: null, selectionFrom: null, selectionTo: null },
    ]);
  });

  it('catches a stream up from the table after its listener lost the connection', async () => {
    const { owner, checker, workspace, document, mark } = await liveDesk();
    const stream = await subscribe(GET, owner.id, workspace.slug, { query: { document: document.id } });
    streams.push(stream);
    const before = await mark(checker.id, 'munitions');
    await stream.sse.waitFor(hasChange('annotation', before.id));

    const reconnect = getLiveService().listener.dropConnectionForTest();
    const whileAway = await mark(checker.id, 'Russia'); // announced to no one in this process
    reconnect();
    const caughtUp = await stream.sse.waitFor(hasChange('annotation', whileAway.id));
    expect(caughtUp.data).toMatchObject({ documentId: document.id, action: 'insert' });
    expect(stream.sse.messages.filter(hasChange('annotation', before.id))).toHaveLength(1);
  });
});
