// Revocable sign-in sessions: the cookie names a SignInSession row, and a request is signed in
// only while that row is live. Sign-in creates the row (jwt callback), sign-out and the account
// page end rows, a password change ends every other one, and deleting the account ends all.
import { describe, expect, it, vi } from 'vitest';
import { changePasswordAction } from '@/lib/actions/account';
import { revokeSessionAction, signOutOtherSessionsAction } from '@/lib/actions/sessions';
import { getDb } from '@/lib/db';
import { jwtCallback, onSignOut, sessionCallback } from '@/lib/server/session/auth-callbacks';
import { createSignInSession } from '@/lib/server/session/create-sign-in-session';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { listSessions } from '@/lib/server/session/list-sessions';
import { openLiveStream } from '@/lib/server/live/open-live-stream';
import { makeUser } from './support/factories';
import { actAs, actAsSession, currentTestSessionId } from './support/session';
import { readSse } from './support/sse-reader';

vi.mock('@/auth', async () => (await import('./support/session')).mockedAuthModule());
vi.mock('next/cache', () => ({ refresh: () => {} }));
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
// The request as the server sees it: the socket's address recorded by the peer-address hook.
vi.mock('next/headers', async () => {
  const { PEER_ADDRESS_HEADER, peerAddressValue } = await import('@/lib/server/session/peer-address');
  return {
    headers: async () =>
      new Headers({
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
        [PEER_ADDRESS_HEADER]: peerAddressValue('203.0.113.9'),
      }),
  };
});

const db = () => getDb();
const newSession = (userId: string) => createSignInSession({ userId, userAgent: FIREFOX, ip: '198.51.100.1' });
const isLive = async (id: string) => (await db().signInSession.findUniqueOrThrow({ where: { id } })).revokedAt === null;

async function signedInAs(userId: string, sessionId: string) {
  actAsSession(userId, sessionId);
  try {
    return await getCurrentUser();
  } finally {
    actAs(null);
  }
}

describe('sign-in sessions', () => {
  it('records a session at sign-in, with the device and address, and carries its id in the token', async () => {
    const user = await makeUser();
    const token = await jwtCallback({ token: {}, user: { id: user.id } });
    expect(token.sub).toBe(user.id);
    const row = await db().signInSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: user.id, deviceLabel: 'Firefox on Linux', ip: '203.0.113.9', userAgent: FIREFOX, revokedAt: null });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
    // Later requests (no `user`) keep the same session.
    expect((await jwtCallback({ token })).sid).toBe(token.sid);
    const session = sessionCallback({ session: { user: { id: '' }, expires: '' } as never, token });
    expect(session).toMatchObject({ user: { id: user.id }, sessionId: token.sid });
  });

  it('lists the live sessions, marks this one, and leaves out ended ones', async () => {
    const user = await makeUser();
    const [current, other, ended] = [await newSession(user.id), await newSession(user.id), await newSession(user.id)];
    await db().signInSession.update({ where: { id: ended }, data: { revokedAt: new Date() } });
    const sessions = await listSessions({ userId: user.id, currentSessionId: current });
    expect(sessions.map((session) => [session.id, session.isCurrent]).sort()).toEqual(
      [
        [current, true],
        [other, false],
      ].sort(),
    );
    expect(sessions[0]).toMatchObject({ deviceLabel: 'Firefox on Linux', ip: '198.51.100.1' });
  });

  it('signs in only with a live session of the same user', async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const live = await newSession(user.id);
    expect(await signedInAs(user.id, live)).toMatchObject({ id: user.id });

    const revoked = await newSession(user.id);
    await db().signInSession.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    expect(await signedInAs(user.id, revoked)).toBeNull();

    const expired = await newSession(user.id);
    await db().signInSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await signedInAs(user.id, expired)).toBeNull();

    // A token naming someone else's session, or a session that does not exist.
    expect(await signedInAs(stranger.id, live)).toBeNull();
    expect(await signedInAs(user.id, 'no-such-session')).toBeNull();
  });

  it('notes when a session was last seen, at most once a minute', async () => {
    const user = await makeUser();
    const id = await newSession(user.id);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await db().signInSession.update({ where: { id }, data: { lastSeenAt: longAgo } });
    await signedInAs(user.id, id);
    const seen = (await db().signInSession.findUniqueOrThrow({ where: { id } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(longAgo.getTime() + 60_000);
    await signedInAs(user.id, id);
    expect((await db().signInSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(seen);
  });

  it('ends the session at sign-out', async () => {
    const user = await makeUser();
    const id = await newSession(user.id);
    await onSignOut({ token: { sub: user.id, sid: id } });
    expect(await isLive(id)).toBe(false);
    expect(await signedInAs(user.id, id)).toBeNull();
  });

  it('revokes one of your own sessions, and finds no one else’s', async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const laptop = await newSession(user.id);
    const theirs = await newSession(stranger.id);
    actAs(user.id);
    try {
      expect(await revokeSessionAction({ sessionId: laptop })).toEqual({ ok: true, data: undefined });
      expect(await revokeSessionAction({ sessionId: theirs })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await revokeSessionAction({ sessionId: 'x'.repeat(65) })).toMatchObject({ ok: false, code: 'invalid' });
    } finally {
      actAs(null);
    }
    expect(await isLive(laptop)).toBe(false);
    expect(await isLive(theirs)).toBe(true);
  });

  it('signs out everywhere else, keeping this browser', async () => {
    const user = await makeUser();
    const stranger = await makeUser();
    const [phone, laptop, theirs] = [await newSession(user.id), await newSession(user.id), await newSession(stranger.id)];
    actAs(user.id);
    try {
      const current = (await currentTestSessionId())!;
      expect(await signOutOtherSessionsAction({})).toEqual({ ok: true, data: { revoked: 2 } });
      expect(await isLive(current)).toBe(true);
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
    } finally {
      actAs(null);
    }
    expect([await isLive(phone), await isLive(laptop), await isLive(theirs)]).toEqual([false, false, true]);
  });

  it('ends every other session when the password changes, not when the change is refused', async () => {
    const user = await makeUser();
    const other = await newSession(user.id);
    actAs(user.id);
    try {
      const current = (await currentTestSessionId())!;
      const wrong = await changePasswordAction({
        currentPassword: 'not-it',
        newPassword: 'a-new-password-1',
        confirmPassword: 'a-new-password-1',
      });
      expect(wrong).toMatchObject({ ok: false, code: 'invalid' });
      expect(await isLive(other)).toBe(true);
      const changed = await changePasswordAction({
        currentPassword: user.password,
        newPassword: 'a-new-password-1',
        confirmPassword: 'a-new-password-1',
      });
      expect(changed.ok).toBe(true);
      expect(await isLive(other)).toBe(false);
      expect(await isLive(current)).toBe(true);
    } finally {
      actAs(null);
    }
  });

  it('ends the sessions of a deleted account', async () => {
    const user = await makeUser();
    const id = await newSession(user.id);
    await db().user.delete({ where: { id: user.id } });
    expect(await db().signInSession.count({ where: { id } })).toBe(0);
    expect(await signedInAs(user.id, id)).toBeNull();
  });

  it('ends a live stream whose session is revoked, at its next ping', async () => {
    const user = await makeUser();
    const id = await newSession(user.id);
    const abort = new AbortController();
    const response = openLiveStream({
      signal: abort.signal,
      subscription: { userId: user.id, workspaceId: null, documentId: null },
      cursor: undefined,
      sessionId: id,
      pingMs: 100,
    });
    const sse = readSse(response);
    try {
      await sse.waitFor((message) => message.event === 'hello');
      await db().signInSession.update({ where: { id }, data: { revokedAt: new Date() } });
      await sse.waitFor((message) => message.event === 'revoked');
      await sse.done;
      expect(sse.ended).toBe(true);
    } finally {
      abort.abort();
    }
  });
});
