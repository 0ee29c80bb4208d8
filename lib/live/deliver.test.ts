import { describe, expect, it } from 'vitest';
import { shouldDeliver, type LiveSubscription } from './deliver';
import type { TLiveEvent } from './events';

const event = (overrides: Partial<TLiveEvent> = {}): TLiveEvent => ({
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

const workspaceStream: LiveSubscription = { userId: 'u1', workspaceId: 'w1', documentId: null };
const documentStream: LiveSubscription = { userId: 'u1', workspaceId: 'w1', documentId: 'd1' };
const userStream: LiveSubscription = { userId: 'u1', workspaceId: null, documentId: null };

describe('shouldDeliver', () => {
  it('gives a workspace stream every shared event of its workspace', () => {
    expect(shouldDeliver(event(), workspaceStream)).toBe(true);
    expect(shouldDeliver(event({ documentId: 'd2' }), workspaceStream)).toBe(true);
    expect(shouldDeliver(event({ documentId: null, entity: 'source' }), workspaceStream)).toBe(true);
  });

  it('gives a document stream its document and the workspace-wide events only', () => {
    expect(shouldDeliver(event(), documentStream)).toBe(true);
    expect(shouldDeliver(event({ documentId: 'd2' }), documentStream)).toBe(false);
    expect(shouldDeliver(event({ documentId: null, entity: 'source' }), documentStream)).toBe(true);
  });

  it('never crosses workspaces', () => {
    expect(shouldDeliver(event({ workspaceId: 'w2' }), workspaceStream)).toBe(false);
    expect(shouldDeliver(event({ workspaceId: 'w2' }), documentStream)).toBe(false);
    expect(shouldDeliver(event({ workspaceId: 'w2', entity: 'membership', userId: 'u1', documentId: null }), workspaceStream)).toBe(false);
  });

  it('gives an event meant for one member to that member only', () => {
    expect(shouldDeliver(event({ userId: 'u1' }), documentStream)).toBe(true);
    expect(shouldDeliver(event({ userId: 'u2' }), documentStream)).toBe(false);
    expect(shouldDeliver(event({ userId: 'u2' }), workspaceStream)).toBe(false);
    expect(shouldDeliver(event({ userId: '' }), workspaceStream)).toBe(false);
  });

  it('gives notifications to every stream of their recipient, in any workspace', () => {
    const notification = event({ entity: 'notification', workspaceId: 'w2', documentId: null, userId: 'u1' });
    expect(shouldDeliver(notification, workspaceStream)).toBe(true);
    expect(shouldDeliver(notification, documentStream)).toBe(true);
    expect(shouldDeliver({ ...notification, userId: 'u2' }, workspaceStream)).toBe(false);
    expect(shouldDeliver({ ...notification, userId: null }, workspaceStream)).toBe(false);
  });

  it("gives a user stream that user's notifications and nothing else", () => {
    const notification = event({ entity: 'notification', workspaceId: 'w2', documentId: null, userId: 'u1' });
    expect(shouldDeliver(notification, userStream)).toBe(true);
    expect(shouldDeliver({ ...notification, userId: 'u2' }, userStream)).toBe(false);
    expect(shouldDeliver(event(), userStream)).toBe(false);
    expect(shouldDeliver(event({ documentId: null, entity: 'source' }), userStream)).toBe(false);
    expect(shouldDeliver(event({ entity: 'membership', userId: 'u1', documentId: null }), userStream)).toBe(false);
    expect(shouldDeliver(event({ userId: 'u1' }), userStream)).toBe(false);
  });
});
