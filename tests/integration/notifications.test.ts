import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { countUnreadNotifications, listNotifications } from '@/lib/server/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';
import { addMember, makeUser, makeWorkspace } from './support/factories';

async function notifyDirect(
  workspaceId: string,
  userId: string,
  message: string,
  createdAt: Date,
  extra: { documentId?: string; annotationId?: string } = {},
) {
  return getDb().notification.create({
    data: { workspaceId, userId, kind: 'mention', message, createdAt, ...extra },
    select: { id: true },
  });
}

describe('notifications', () => {
  it('lists the recipient’s own notifications across workspaces, newest first, with where to open them', async () => {
    const [ana, ben] = await Promise.all([makeUser(), makeUser()]);
    const [first, second] = await Promise.all([makeWorkspace(ana.id), makeWorkspace(ben.id)]);
    await addMember(second.id, ana.id, 'checker');
    await addMember(first.id, ben.id, 'checker');
    const document = await getDb().document.create({ data: { workspaceId: second.id, title: 'Doc' }, select: { id: true } });
    await notifyDirect(first.id, ana.id, 'older', new Date('2024-01-01T10:00:00Z'));
    await notifyDirect(second.id, ana.id, 'newer', new Date('2024-01-02T10:00:00Z'), { documentId: document.id, annotationId: 'ann_1' });
    await notifyDirect(first.id, ben.id, 'not Ana’s', new Date('2024-01-03T10:00:00Z'));

    const list = await listNotifications({ userId: ana.id });
    expect(list.map((note) => [note.message, note.href])).toEqual([
      ['newer', `/w/${second.slug}/documents/${document.id}?annotation=ann_1`],
      ['older', `/w/${first.slug}`],
    ]);
    expect(await countUnreadNotifications({ userId: ana.id })).toBe(2);
  });

  it('marks read only the caller’s own, one or all', async () => {
    const [ana, ben] = await Promise.all([makeUser(), makeUser()]);
    const workspace = await makeWorkspace(ana.id);
    await addMember(workspace.id, ben.id, 'editor');
    const mine = await Promise.all([1, 2, 3].map((n) => notifyDirect(workspace.id, ana.id, `mine ${n}`, new Date())));
    const bens = await notifyDirect(workspace.id, ben.id, 'Ben’s', new Date());

    expect(await markNotificationsRead({ userId: ana.id, notificationIds: [mine[0]!.id, bens.id] })).toEqual({ marked: 1 });
    expect(await countUnreadNotifications({ userId: ana.id })).toBe(2);
    expect(await countUnreadNotifications({ userId: ben.id })).toBe(1);
    expect(await markNotificationsRead({ userId: ana.id })).toEqual({ marked: 2 });
    expect(await countUnreadNotifications({ userId: ana.id })).toBe(0);
    expect(await countUnreadNotifications({ userId: ben.id })).toBe(1);
  });

  it('hides notifications of a workspace the recipient has left', async () => {
    const [owner, ana] = await Promise.all([makeUser(), makeUser()]);
    const workspace = await makeWorkspace(owner.id);
    const membership = await addMember(workspace.id, ana.id, 'checker');
    await notifyDirect(workspace.id, ana.id, 'before leaving', new Date());
    await getDb().membership.delete({ where: { id: membership.id } });
    expect(await listNotifications({ userId: ana.id })).toEqual([]);
    expect(await countUnreadNotifications({ userId: ana.id })).toBe(0);
  });
});
